from typing import Literal

ViduTextToVideoRequestMovementAmplitude = Literal["auto", "large", "medium", "small"]

VIDU_TEXT_TO_VIDEO_REQUEST_MOVEMENT_AMPLITUDE_VALUES: set[
    ViduTextToVideoRequestMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_vidu_text_to_video_request_movement_amplitude(
    value: str,
) -> ViduTextToVideoRequestMovementAmplitude:
    if value in VIDU_TEXT_TO_VIDEO_REQUEST_MOVEMENT_AMPLITUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_TEXT_TO_VIDEO_REQUEST_MOVEMENT_AMPLITUDE_VALUES!r}"
    )
