from typing import Literal

SeedanceV1LiteReferenceToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16"
]

SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    SeedanceV1LiteReferenceToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_seedance_v1_lite_reference_to_video_request_aspect_ratio(
    value: str,
) -> SeedanceV1LiteReferenceToVideoRequestAspectRatio:
    if value in SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
