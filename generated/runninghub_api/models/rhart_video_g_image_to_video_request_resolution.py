from typing import Literal

RhartVideoGImageToVideoRequestResolution = Literal["480p", "720p"]

RHART_VIDEO_G_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoGImageToVideoRequestResolution
] = {
    "480p",
    "720p",
}


def check_rhart_video_g_image_to_video_request_resolution(
    value: str,
) -> RhartVideoGImageToVideoRequestResolution:
    if value in RHART_VIDEO_G_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_G_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
