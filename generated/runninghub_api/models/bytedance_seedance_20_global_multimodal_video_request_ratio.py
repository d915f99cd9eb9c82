from typing import Literal

BytedanceSeedance20GlobalMultimodalVideoRequestRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]

BYTEDANCE_SEEDANCE_20_GLOBAL_MULTIMODAL_VIDEO_REQUEST_RATIO_VALUES: set[
    BytedanceSeedance20GlobalMultimodalVideoRequestRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_bytedance_seedance_20_global_multimodal_video_request_ratio(
    value: str,
) -> BytedanceSeedance20GlobalMultimodalVideoRequestRatio:
    if value in BYTEDANCE_SEEDANCE_20_GLOBAL_MULTIMODAL_VIDEO_REQUEST_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_GLOBAL_MULTIMODAL_VIDEO_REQUEST_RATIO_VALUES!r}"
    )
