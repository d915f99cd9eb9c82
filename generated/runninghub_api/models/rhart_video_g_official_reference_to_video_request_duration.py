from typing import Literal

RhartVideoGOfficialReferenceToVideoRequestDuration = Literal["10", "6"]

RHART_VIDEO_G_OFFICIAL_REFERENCE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoGOfficialReferenceToVideoRequestDuration
] = {
    "10",
    "6",
}


def check_rhart_video_g_official_reference_to_video_request_duration(
    value: str,
) -> RhartVideoGOfficialReferenceToVideoRequestDuration:
    if value in RHART_VIDEO_G_OFFICIAL_REFERENCE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_G_OFFICIAL_REFERENCE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
