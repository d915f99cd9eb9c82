from typing import Literal

KlingV30StdImageToVideoRequestDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]

KLING_V30_STD_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    KlingV30StdImageToVideoRequestDuration
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


def check_kling_v30_std_image_to_video_request_duration(
    value: str,
) -> KlingV30StdImageToVideoRequestDuration:
    if value in KLING_V30_STD_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V30_STD_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
