from typing import Literal

RhartVideoSOfficialTextToVideoRequestDuration = Literal["12", "4", "8"]

RHART_VIDEO_S_OFFICIAL_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoSOfficialTextToVideoRequestDuration
] = {
    "12",
    "4",
    "8",
}


def check_rhart_video_s_official_text_to_video_request_duration(
    value: str,
) -> RhartVideoSOfficialTextToVideoRequestDuration:
    if value in RHART_VIDEO_S_OFFICIAL_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_OFFICIAL_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
