from typing import Literal

BytedanceSeedance20GlobalFastTextToVideoRequestRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]

BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_TEXT_TO_VIDEO_REQUEST_RATIO_VALUES: set[
    BytedanceSeedance20GlobalFastTextToVideoRequestRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_bytedance_seedance_20_global_fast_text_to_video_request_ratio(
    value: str,
) -> BytedanceSeedance20GlobalFastTextToVideoRequestRatio:
    if value in BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_TEXT_TO_VIDEO_REQUEST_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_TEXT_TO_VIDEO_REQUEST_RATIO_VALUES!r}"
    )
