from typing import Literal

BytedanceSeedance20GlobalTextToVideoRequestResolution = Literal[
    "1080p", "2k", "480p", "4k", "720p", "native1080p"
]

BYTEDANCE_SEEDANCE_20_GLOBAL_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    BytedanceSeedance20GlobalTextToVideoRequestResolution
] = {
    "1080p",
    "2k",
    "480p",
    "4k",
    "720p",
    "native1080p",
}


def check_bytedance_seedance_20_global_text_to_video_request_resolution(
    value: str,
) -> BytedanceSeedance20GlobalTextToVideoRequestResolution:
    if value in BYTEDANCE_SEEDANCE_20_GLOBAL_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_GLOBAL_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
