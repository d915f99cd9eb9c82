from typing import Literal

RhartVideoV31FastOfficialTextToVideoRequestDuration = Literal["4", "6", "8"]

RHART_VIDEO_V31_FAST_OFFICIAL_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoV31FastOfficialTextToVideoRequestDuration
] = {
    "4",
    "6",
    "8",
}


def check_rhart_video_v31_fast_official_text_to_video_request_duration(
    value: str,
) -> RhartVideoV31FastOfficialTextToVideoRequestDuration:
    if value in RHART_VIDEO_V31_FAST_OFFICIAL_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_FAST_OFFICIAL_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
