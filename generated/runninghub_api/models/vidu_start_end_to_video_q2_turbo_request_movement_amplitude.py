from typing import Literal

ViduStartEndToVideoQ2TurboRequestMovementAmplitude = Literal[
    "auto", "large", "medium", "small"
]

VIDU_START_END_TO_VIDEO_Q2_TURBO_REQUEST_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduStartEndToVideoQ2TurboRequestMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_start_end_to_video_q2_turbo_request_movement_amplitude(
    value: str,
) -> ViduStartEndToVideoQ2TurboRequestMovementAmplitude:
    if value in VIDU_START_END_TO_VIDEO_Q2_TURBO_REQUEST_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_START_END_TO_VIDEO_Q2_TURBO_REQUEST_MOVEMENT_AMPLITUDE_VALUES!r}"
    )
