from typing import Literal

SkyreelsV4TextToVideoStdRequestAspectRatio = Literal[
    "16:9", "1:1", "3:4", "4:3", "9:16"
]

SKYREELS_V4_TEXT_TO_VIDEO_STD_REQUEST_ASPECT_RATIO_VALUES: set[
    SkyreelsV4TextToVideoStdRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_skyreels_v4_text_to_video_std_request_aspect_ratio(
    value: str,
) -> SkyreelsV4TextToVideoStdRequestAspectRatio:
    if value in SKYREELS_V4_TEXT_TO_VIDEO_STD_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_V4_TEXT_TO_VIDEO_STD_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
