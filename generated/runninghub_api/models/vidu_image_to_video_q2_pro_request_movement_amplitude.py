from typing import Literal

ViduImageToVideoQ2ProRequestMovementAmplitude = Literal[
    "auto", "large", "medium", "small"
]

VIDU_IMAGE_TO_VIDEO_Q2_PRO_REQUEST_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduImageToVideoQ2ProRequestMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_image_to_video_q2_pro_request_movement_amplitude(
    value: str,
) -> ViduImageToVideoQ2ProRequestMovementAmplitude:
    if value in VIDU_IMAGE_TO_VIDEO_Q2_PRO_REQUEST_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_IMAGE_TO_VIDEO_Q2_PRO_REQUEST_MOVEMENT_AMPLITUDE_VALUES!r}"
    )
