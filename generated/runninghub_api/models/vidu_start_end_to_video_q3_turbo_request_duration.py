from typing import Literal

ViduStartEndToVideoQ3TurboRequestDuration = Literal[
    "1",
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
]

VIDU_START_END_TO_VIDEO_Q3_TURBO_REQUEST_DURATION_VALUES: set[
    ViduStartEndToVideoQ3TurboRequestDuration
] = {
    "1",
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_vidu_start_end_to_video_q3_turbo_request_duration(
    value: str,
) -> ViduStartEndToVideoQ3TurboRequestDuration:
    if value in VIDU_START_END_TO_VIDEO_Q3_TURBO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_START_END_TO_VIDEO_Q3_TURBO_REQUEST_DURATION_VALUES!r}"
    )
