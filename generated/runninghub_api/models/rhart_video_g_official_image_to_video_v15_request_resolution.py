from typing import Literal

RhartVideoGOfficialImageToVideoV15RequestResolution = Literal["480p", "720p"]

RHART_VIDEO_G_OFFICIAL_IMAGE_TO_VIDEO_V15_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoGOfficialImageToVideoV15RequestResolution
] = {
    "480p",
    "720p",
}


def check_rhart_video_g_official_image_to_video_v15_request_resolution(
    value: str,
) -> RhartVideoGOfficialImageToVideoV15RequestResolution:
    if value in RHART_VIDEO_G_OFFICIAL_IMAGE_TO_VIDEO_V15_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_G_OFFICIAL_IMAGE_TO_VIDEO_V15_REQUEST_RESOLUTION_VALUES!r}"
    )
