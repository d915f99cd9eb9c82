from typing import Literal

MinimaxHailuo23FastImageToVideoRequestDuration = Literal["10", "6"]

MINIMAX_HAILUO_23_FAST_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    MinimaxHailuo23FastImageToVideoRequestDuration
] = {
    "10",
    "6",
}


def check_minimax_hailuo_23_fast_image_to_video_request_duration(
    value: str,
) -> MinimaxHailuo23FastImageToVideoRequestDuration:
    if value in MINIMAX_HAILUO_23_FAST_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_23_FAST_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
