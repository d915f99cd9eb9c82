from typing import Literal

ViduImageToVideoQ2ProFastRequestMovementAmplitude = Literal[
    "auto", "large", "medium", "small"
]

VIDU_IMAGE_TO_VIDEO_Q2_PRO_FAST_REQUEST_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduImageToVideoQ2ProFastRequestMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_image_to_video_q2_pro_fast_request_movement_amplitude(
    value: str,
) -> ViduImageToVideoQ2ProFastRequestMovementAmplitude:
    if value in VIDU_IMAGE_TO_VIDEO_Q2_PRO_FAST_REQUEST_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_IMAGE_TO_VIDEO_Q2_PRO_FAST_REQUEST_MOVEMENT_AMPLITUDE_VALUES!r}"
    )
