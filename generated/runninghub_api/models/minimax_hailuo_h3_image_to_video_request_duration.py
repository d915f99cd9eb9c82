from typing import Literal

MinimaxHailuoH3ImageToVideoRequestDuration = Literal[
    "10", "11", "12", "13", "14", "15", "5", "6", "7", "8", "9"
]

MINIMAX_HAILUO_H3_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    MinimaxHailuoH3ImageToVideoRequestDuration
] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_minimax_hailuo_h3_image_to_video_request_duration(
    value: str,
) -> MinimaxHailuoH3ImageToVideoRequestDuration:
    if value in MINIMAX_HAILUO_H3_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_H3_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
