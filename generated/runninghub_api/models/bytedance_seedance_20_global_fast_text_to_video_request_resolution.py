from typing import Literal

BytedanceSeedance20GlobalFastTextToVideoRequestResolution = Literal[
    "1080p", "2k", "480p", "4k", "720p"
]

BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    BytedanceSeedance20GlobalFastTextToVideoRequestResolution
] = {
    "1080p",
    "2k",
    "480p",
    "4k",
    "720p",
}


def check_bytedance_seedance_20_global_fast_text_to_video_request_resolution(
    value: str,
) -> BytedanceSeedance20GlobalFastTextToVideoRequestResolution:
    if (
        value
        in BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
