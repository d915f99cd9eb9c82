from typing import Literal

RhartVideoGOfficialImageToVideoRequestResolution = Literal["480p", "720p"]

RHART_VIDEO_G_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoGOfficialImageToVideoRequestResolution
] = {
    "480p",
    "720p",
}


def check_rhart_video_g_official_image_to_video_request_resolution(
    value: str,
) -> RhartVideoGOfficialImageToVideoRequestResolution:
    if value in RHART_VIDEO_G_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_G_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
