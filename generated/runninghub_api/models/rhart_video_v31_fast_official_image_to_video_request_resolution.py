from typing import Literal

RhartVideoV31FastOfficialImageToVideoRequestResolution = Literal["1080p", "4k", "720p"]

RHART_VIDEO_V31_FAST_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoV31FastOfficialImageToVideoRequestResolution
] = {
    "1080p",
    "4k",
    "720p",
}


def check_rhart_video_v31_fast_official_image_to_video_request_resolution(
    value: str,
) -> RhartVideoV31FastOfficialImageToVideoRequestResolution:
    if value in RHART_VIDEO_V31_FAST_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_FAST_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
