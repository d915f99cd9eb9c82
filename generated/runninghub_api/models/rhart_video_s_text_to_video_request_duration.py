from typing import Literal

RhartVideoSTextToVideoRequestDuration = Literal["10", "15"]

RHART_VIDEO_S_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoSTextToVideoRequestDuration
] = {
    "10",
    "15",
}


def check_rhart_video_s_text_to_video_request_duration(
    value: str,
) -> RhartVideoSTextToVideoRequestDuration:
    if value in RHART_VIDEO_S_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
