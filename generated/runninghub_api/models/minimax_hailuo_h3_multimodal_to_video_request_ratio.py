from typing import Literal

MinimaxHailuoH3MultimodalToVideoRequestRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]

MINIMAX_HAILUO_H3_MULTIMODAL_TO_VIDEO_REQUEST_RATIO_VALUES: set[
    MinimaxHailuoH3MultimodalToVideoRequestRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_minimax_hailuo_h3_multimodal_to_video_request_ratio(
    value: str,
) -> MinimaxHailuoH3MultimodalToVideoRequestRatio:
    if value in MINIMAX_HAILUO_H3_MULTIMODAL_TO_VIDEO_REQUEST_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_H3_MULTIMODAL_TO_VIDEO_REQUEST_RATIO_VALUES!r}"
    )
