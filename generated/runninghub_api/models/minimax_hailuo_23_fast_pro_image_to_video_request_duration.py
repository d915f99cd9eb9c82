from typing import Literal

MinimaxHailuo23FastProImageToVideoRequestDuration = Literal["6"]

MINIMAX_HAILUO_23_FAST_PRO_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    MinimaxHailuo23FastProImageToVideoRequestDuration
] = {
    "6",
}


def check_minimax_hailuo_23_fast_pro_image_to_video_request_duration(
    value: str,
) -> MinimaxHailuo23FastProImageToVideoRequestDuration:
    if value in MINIMAX_HAILUO_23_FAST_PRO_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_23_FAST_PRO_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
