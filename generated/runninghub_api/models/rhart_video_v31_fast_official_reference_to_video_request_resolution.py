from typing import Literal

RhartVideoV31FastOfficialReferenceToVideoRequestResolution = Literal["1080p", "720p"]

RHART_VIDEO_V31_FAST_OFFICIAL_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoV31FastOfficialReferenceToVideoRequestResolution
] = {
    "1080p",
    "720p",
}


def check_rhart_video_v31_fast_official_reference_to_video_request_resolution(
    value: str,
) -> RhartVideoV31FastOfficialReferenceToVideoRequestResolution:
    if (
        value
        in RHART_VIDEO_V31_FAST_OFFICIAL_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_FAST_OFFICIAL_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
