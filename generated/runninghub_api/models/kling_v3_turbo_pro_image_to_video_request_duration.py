from typing import Literal

KlingV3TurboProImageToVideoRequestDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]

KLING_V3_TURBO_PRO_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    KlingV3TurboProImageToVideoRequestDuration
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


def check_kling_v3_turbo_pro_image_to_video_request_duration(
    value: str,
) -> KlingV3TurboProImageToVideoRequestDuration:
    if value in KLING_V3_TURBO_PRO_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_TURBO_PRO_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
