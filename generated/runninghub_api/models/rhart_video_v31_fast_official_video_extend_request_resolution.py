from typing import Literal

RhartVideoV31FastOfficialVideoExtendRequestResolution = Literal["1080p", "720p"]

RHART_VIDEO_V31_FAST_OFFICIAL_VIDEO_EXTEND_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoV31FastOfficialVideoExtendRequestResolution
] = {
    "1080p",
    "720p",
}


def check_rhart_video_v31_fast_official_video_extend_request_resolution(
    value: str,
) -> RhartVideoV31FastOfficialVideoExtendRequestResolution:
    if value in RHART_VIDEO_V31_FAST_OFFICIAL_VIDEO_EXTEND_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_FAST_OFFICIAL_VIDEO_EXTEND_REQUEST_RESOLUTION_VALUES!r}"
    )
