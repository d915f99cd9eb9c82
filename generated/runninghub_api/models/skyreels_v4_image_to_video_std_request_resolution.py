from typing import Literal

SkyreelsV4ImageToVideoStdRequestResolution = Literal["1080p", "480p", "720p"]

SKYREELS_V4_IMAGE_TO_VIDEO_STD_REQUEST_RESOLUTION_VALUES: set[
    SkyreelsV4ImageToVideoStdRequestResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_skyreels_v4_image_to_video_std_request_resolution(
    value: str,
) -> SkyreelsV4ImageToVideoStdRequestResolution:
    if value in SKYREELS_V4_IMAGE_TO_VIDEO_STD_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_V4_IMAGE_TO_VIDEO_STD_REQUEST_RESOLUTION_VALUES!r}"
    )
