from typing import Literal

ViduImageToVideoQ3TurboRequestDuration = Literal[
    "1",
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
]

VIDU_IMAGE_TO_VIDEO_Q3_TURBO_REQUEST_DURATION_VALUES: set[
    ViduImageToVideoQ3TurboRequestDuration
] = {
    "1",
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_vidu_image_to_video_q3_turbo_request_duration(
    value: str,
) -> ViduImageToVideoQ3TurboRequestDuration:
    if value in VIDU_IMAGE_TO_VIDEO_Q3_TURBO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_IMAGE_TO_VIDEO_Q3_TURBO_REQUEST_DURATION_VALUES!r}"
    )
