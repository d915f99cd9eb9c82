from typing import Literal

ViduStartEndToVideoQ3ProRequestMovementAmplitude = Literal[
    "auto", "large", "medium", "small"
]

VIDU_START_END_TO_VIDEO_Q3_PRO_REQUEST_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduStartEndToVideoQ3ProRequestMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_start_end_to_video_q3_pro_request_movement_amplitude(
    value: str,
) -> ViduStartEndToVideoQ3ProRequestMovementAmplitude:
    if value in VIDU_START_END_TO_VIDEO_Q3_PRO_REQUEST_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_START_END_TO_VIDEO_Q3_PRO_REQUEST_MOVEMENT_AMPLITUDE_VALUES!r}"
    )
