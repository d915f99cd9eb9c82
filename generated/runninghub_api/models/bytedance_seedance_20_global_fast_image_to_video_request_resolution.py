from typing import Literal

BytedanceSeedance20GlobalFastImageToVideoRequestResolution = Literal[
    "1080p", "2k", "480p", "4k", "720p"
]

BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    BytedanceSeedance20GlobalFastImageToVideoRequestResolution
] = {
    "1080p",
    "2k",
    "480p",
    "4k",
    "720p",
}


def check_bytedance_seedance_20_global_fast_image_to_video_request_resolution(
    value: str,
) -> BytedanceSeedance20GlobalFastImageToVideoRequestResolution:
    if (
        value
        in BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
