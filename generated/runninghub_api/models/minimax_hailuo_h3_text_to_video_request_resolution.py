from typing import Literal

MinimaxHailuoH3TextToVideoRequestResolution = Literal["2K"]

MINIMAX_HAILUO_H3_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    MinimaxHailuoH3TextToVideoRequestResolution
] = {
    "2K",
}


def check_minimax_hailuo_h3_text_to_video_request_resolution(
    value: str,
) -> MinimaxHailuoH3TextToVideoRequestResolution:
    if value in MINIMAX_HAILUO_H3_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_H3_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
