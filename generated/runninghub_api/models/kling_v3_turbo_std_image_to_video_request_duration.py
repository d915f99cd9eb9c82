from typing import Literal

KlingV3TurboStdImageToVideoRequestDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]

KLING_V3_TURBO_STD_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    KlingV3TurboStdImageToVideoRequestDuration
] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_kling_v3_turbo_std_image_to_video_request_duration(
    value: str,
) -> KlingV3TurboStdImageToVideoRequestDuration:
    if value in KLING_V3_TURBO_STD_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_TURBO_STD_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
