from typing import Literal

YouchuanImageToVideoRequestResolution = Literal["480p", "720p"]

YOUCHUAN_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    YouchuanImageToVideoRequestResolution
] = {
    "480p",
    "720p",
}


def check_youchuan_image_to_video_request_resolution(
    value: str,
) -> YouchuanImageToVideoRequestResolution:
    if value in YOUCHUAN_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {YOUCHUAN_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
