from typing import Literal

SeedanceV15ProImageToVideoFastRequestDuration = Literal[
    "10", "11", "12", "4", "5", "6", "7", "8", "9"
]

SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_FAST_REQUEST_DURATION_VALUES: set[
    SeedanceV15ProImageToVideoFastRequestDuration
] = {
    "10",
    "11",
    "12",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_seedance_v15_pro_image_to_video_fast_request_duration(
    value: str,
) -> SeedanceV15ProImageToVideoFastRequestDuration:
    if value in SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_FAST_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_FAST_REQUEST_DURATION_VALUES!r}"
    )
