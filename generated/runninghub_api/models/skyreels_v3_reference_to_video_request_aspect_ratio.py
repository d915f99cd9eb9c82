from typing import Literal

SkyreelsV3ReferenceToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "3:4", "4:3", "9:16"
]

SKYREELS_V3_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    SkyreelsV3ReferenceToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_skyreels_v3_reference_to_video_request_aspect_ratio(
    value: str,
) -> SkyreelsV3ReferenceToVideoRequestAspectRatio:
    if value in SKYREELS_V3_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_V3_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
