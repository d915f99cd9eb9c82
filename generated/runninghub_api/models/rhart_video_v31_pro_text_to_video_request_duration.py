from typing import Literal

RhartVideoV31ProTextToVideoRequestDuration = Literal["8"]

RHART_VIDEO_V31_PRO_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoV31ProTextToVideoRequestDuration
] = {
    "8",
}


def check_rhart_video_v31_pro_text_to_video_request_duration(
    value: str,
) -> RhartVideoV31ProTextToVideoRequestDuration:
    if value in RHART_VIDEO_V31_PRO_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_PRO_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
