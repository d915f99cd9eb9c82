from typing import Literal

BytedanceSeedance20GlobalFastMultimodalVideoRequestResolution = Literal[
    "1080p", "2k", "480p", "4k", "720p"
]

BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_MULTIMODAL_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    BytedanceSeedance20GlobalFastMultimodalVideoRequestResolution
] = {
    "1080p",
    "2k",
    "480p",
    "4k",
    "720p",
}


def check_bytedance_seedance_20_global_fast_multimodal_video_request_resolution(
    value: str,
) -> BytedanceSeedance20GlobalFastMultimodalVideoRequestResolution:
    if (
        value
        in BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_MULTIMODAL_VIDEO_REQUEST_RESOLUTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_MULTIMODAL_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
