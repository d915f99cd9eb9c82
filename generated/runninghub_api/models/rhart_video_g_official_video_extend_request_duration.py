from typing import Literal

RhartVideoGOfficialVideoExtendRequestDuration = Literal["10", "6"]

RHART_VIDEO_G_OFFICIAL_VIDEO_EXTEND_REQUEST_DURATION_VALUES: set[
    RhartVideoGOfficialVideoExtendRequestDuration
] = {
    "10",
    "6",
}


def check_rhart_video_g_official_video_extend_request_duration(
    value: str,
) -> RhartVideoGOfficialVideoExtendRequestDuration:
    if value in RHART_VIDEO_G_OFFICIAL_VIDEO_EXTEND_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_G_OFFICIAL_VIDEO_EXTEND_REQUEST_DURATION_VALUES!r}"
    )
