from typing import Literal

BytedanceSeedance20GlobalMultimodalVideoRequestDuration = Literal[
    "10", "11", "12", "13", "14", "15", "4", "5", "6", "7", "8", "9"
]

BYTEDANCE_SEEDANCE_20_GLOBAL_MULTIMODAL_VIDEO_REQUEST_DURATION_VALUES: set[
    BytedanceSeedance20GlobalMultimodalVideoRequestDuration
] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_bytedance_seedance_20_global_multimodal_video_request_duration(
    value: str,
) -> BytedanceSeedance20GlobalMultimodalVideoRequestDuration:
    if value in BYTEDANCE_SEEDANCE_20_GLOBAL_MULTIMODAL_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_GLOBAL_MULTIMODAL_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
