from typing import Literal

PixverseV55ImageToVideoRequestResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V55_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    PixverseV55ImageToVideoRequestResolution
] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v55_image_to_video_request_resolution(
    value: str,
) -> PixverseV55ImageToVideoRequestResolution:
    if value in PIXVERSE_V55_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
