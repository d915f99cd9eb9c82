from typing import Literal

SkyreelsV4ImageToVideoFastRequestResolution = Literal["1080p", "480p", "720p"]

SKYREELS_V4_IMAGE_TO_VIDEO_FAST_REQUEST_RESOLUTION_VALUES: set[
    SkyreelsV4ImageToVideoFastRequestResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_skyreels_v4_image_to_video_fast_request_resolution(
    value: str,
) -> SkyreelsV4ImageToVideoFastRequestResolution:
    if value in SKYREELS_V4_IMAGE_TO_VIDEO_FAST_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_V4_IMAGE_TO_VIDEO_FAST_REQUEST_RESOLUTION_VALUES!r}"
    )
