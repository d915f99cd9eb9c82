from typing import Literal

ViduReferenceToVideoQ2ProRequestMovementAmplitude = Literal[
    "auto", "large", "medium", "small"
]

VIDU_REFERENCE_TO_VIDEO_Q2_PRO_REQUEST_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduReferenceToVideoQ2ProRequestMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_reference_to_video_q2_pro_request_movement_amplitude(
    value: str,
) -> ViduReferenceToVideoQ2ProRequestMovementAmplitude:
    if value in VIDU_REFERENCE_TO_VIDEO_Q2_PRO_REQUEST_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_Q2_PRO_REQUEST_MOVEMENT_AMPLITUDE_VALUES!r}"
    )
