from typing import Literal

RhartVideoSOfficialTextToVideoProRequestDuration = Literal["12", "16", "20", "4", "8"]

RHART_VIDEO_S_OFFICIAL_TEXT_TO_VIDEO_PRO_REQUEST_DURATION_VALUES: set[
    RhartVideoSOfficialTextToVideoProRequestDuration
] = {
    "12",
    "16",
    "20",
    "4",
    "8",
}


def check_rhart_video_s_official_text_to_video_pro_request_duration(
    value: str,
) -> RhartVideoSOfficialTextToVideoProRequestDuration:
    if value in RHART_VIDEO_S_OFFICIAL_TEXT_TO_VIDEO_PRO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_OFFICIAL_TEXT_TO_VIDEO_PRO_REQUEST_DURATION_VALUES!r}"
    )
