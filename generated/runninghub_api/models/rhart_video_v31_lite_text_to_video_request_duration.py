from typing import Literal

RhartVideoV31LiteTextToVideoRequestDuration = Literal["8"]

RHART_VIDEO_V31_LITE_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoV31LiteTextToVideoRequestDuration
] = {
    "8",
}


def check_rhart_video_v31_lite_text_to_video_request_duration(
    value: str,
) -> RhartVideoV31LiteTextToVideoRequestDuration:
    if value in RHART_VIDEO_V31_LITE_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_LITE_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
