from typing import Literal

SeedanceV15ProTextToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16"
]

SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    SeedanceV15ProTextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_seedance_v15_pro_text_to_video_request_aspect_ratio(
    value: str,
) -> SeedanceV15ProTextToVideoRequestAspectRatio:
    if value in SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
