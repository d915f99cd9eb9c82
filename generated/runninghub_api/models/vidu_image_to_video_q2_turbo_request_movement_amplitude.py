from typing import Literal

ViduImageToVideoQ2TurboRequestMovementAmplitude = Literal[
    "auto", "large", "medium", "small"
]

VIDU_IMAGE_TO_VIDEO_Q2_TURBO_REQUEST_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduImageToVideoQ2TurboRequestMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_image_to_video_q2_turbo_request_movement_amplitude(
    value: str,
) -> ViduImageToVideoQ2TurboRequestMovementAmplitude:
    if value in VIDU_IMAGE_TO_VIDEO_Q2_TURBO_REQUEST_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_IMAGE_TO_VIDEO_Q2_TURBO_REQUEST_MOVEMENT_AMPLITUDE_VALUES!r}"
    )
