from typing import Literal

RhartVideoGOfficialReferenceToVideoRequestResolution = Literal["480p", "720p"]

RHART_VIDEO_G_OFFICIAL_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoGOfficialReferenceToVideoRequestResolution
] = {
    "480p",
    "720p",
}


def check_rhart_video_g_official_reference_to_video_request_resolution(
    value: str,
) -> RhartVideoGOfficialReferenceToVideoRequestResolution:
    if value in RHART_VIDEO_G_OFFICIAL_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_G_OFFICIAL_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
