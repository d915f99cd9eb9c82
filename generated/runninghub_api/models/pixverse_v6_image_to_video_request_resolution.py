from typing import Literal

PixverseV6ImageToVideoRequestResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V6_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    PixverseV6ImageToVideoRequestResolution
] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v6_image_to_video_request_resolution(
    value: str,
) -> PixverseV6ImageToVideoRequestResolution:
    if value in PIXVERSE_V6_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
