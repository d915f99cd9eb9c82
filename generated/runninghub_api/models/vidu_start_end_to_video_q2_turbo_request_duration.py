from typing import Literal

ViduStartEndToVideoQ2TurboRequestDuration = Literal[
    "1", "2", "3", "4", "5", "6", "7", "8"
]

VIDU_START_END_TO_VIDEO_Q2_TURBO_REQUEST_DURATION_VALUES: set[
    ViduStartEndToVideoQ2TurboRequestDuration
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
}


def check_vidu_start_end_to_video_q2_turbo_request_duration(
    value: str,
) -> ViduStartEndToVideoQ2TurboRequestDuration:
    if value in VIDU_START_END_TO_VIDEO_Q2_TURBO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_START_END_TO_VIDEO_Q2_TURBO_REQUEST_DURATION_VALUES!r}"
    )
