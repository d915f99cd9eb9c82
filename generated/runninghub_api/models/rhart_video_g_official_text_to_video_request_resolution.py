from typing import Literal

RhartVideoGOfficialTextToVideoRequestResolution = Literal["480p", "720p"]

RHART_VIDEO_G_OFFICIAL_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoGOfficialTextToVideoRequestResolution
] = {
    "480p",
    "720p",
}


def check_rhart_video_g_official_text_to_video_request_resolution(
    value: str,
) -> RhartVideoGOfficialTextToVideoRequestResolution:
    if value in RHART_VIDEO_G_OFFICIAL_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_G_OFFICIAL_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
