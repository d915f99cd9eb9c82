from typing import Literal

ViduStartEndToVideoQ2ProRequestMovementAmplitude = Literal[
    "auto", "large", "medium", "small"
]

VIDU_START_END_TO_VIDEO_Q2_PRO_REQUEST_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduStartEndToVideoQ2ProRequestMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_start_end_to_video_q2_pro_request_movement_amplitude(
    value: str,
) -> ViduStartEndToVideoQ2ProRequestMovementAmplitude:
    if value in VIDU_START_END_TO_VIDEO_Q2_PRO_REQUEST_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_START_END_TO_VIDEO_Q2_PRO_REQUEST_MOVEMENT_AMPLITUDE_VALUES!r}"
    )
