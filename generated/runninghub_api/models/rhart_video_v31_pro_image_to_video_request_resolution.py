from typing import Literal

RhartVideoV31ProImageToVideoRequestResolution = Literal["1080p", "4k", "720p"]

RHART_VIDEO_V31_PRO_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoV31ProImageToVideoRequestResolution
] = {
    "1080p",
    "4k",
    "720p",
}


def check_rhart_video_v31_pro_image_to_video_request_resolution(
    value: str,
) -> RhartVideoV31ProImageToVideoRequestResolution:
    if value in RHART_VIDEO_V31_PRO_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_PRO_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
