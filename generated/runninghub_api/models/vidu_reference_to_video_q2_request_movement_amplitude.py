from typing import Literal

ViduReferenceToVideoQ2RequestMovementAmplitude = Literal[
    "auto", "large", "medium", "small"
]

VIDU_REFERENCE_TO_VIDEO_Q2_REQUEST_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduReferenceToVideoQ2RequestMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_reference_to_video_q2_request_movement_amplitude(
    value: str,
) -> ViduReferenceToVideoQ2RequestMovementAmplitude:
    if value in VIDU_REFERENCE_TO_VIDEO_Q2_REQUEST_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_Q2_REQUEST_MOVEMENT_AMPLITUDE_VALUES!r}"
    )
