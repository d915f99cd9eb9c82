from typing import Literal

RhartVideoV31ProStartEndToVideoRequestDuration = Literal["8"]

RHART_VIDEO_V31_PRO_START_END_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoV31ProStartEndToVideoRequestDuration
] = {
    "8",
}


def check_rhart_video_v31_pro_start_end_to_video_request_duration(
    value: str,
) -> RhartVideoV31ProStartEndToVideoRequestDuration:
    if value in RHART_VIDEO_V31_PRO_START_END_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_PRO_START_END_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
