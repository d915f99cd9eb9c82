from typing import Literal

RhartVideoGOfficialEditVideoRequestResolution = Literal["480p", "720p"]

RHART_VIDEO_G_OFFICIAL_EDIT_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoGOfficialEditVideoRequestResolution
] = {
    "480p",
    "720p",
}


def check_rhart_video_g_official_edit_video_request_resolution(
    value: str,
) -> RhartVideoGOfficialEditVideoRequestResolution:
    if value in RHART_VIDEO_G_OFFICIAL_EDIT_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_G_OFFICIAL_EDIT_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
