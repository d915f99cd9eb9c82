from typing import Literal

ViduReferenceToVideoQ3RequestAudio = Literal["false", "true"]

VIDU_REFERENCE_TO_VIDEO_Q3_REQUEST_AUDIO_VALUES: set[
    ViduReferenceToVideoQ3RequestAudio
] = {
    "false",
    "true",
}


def check_vidu_reference_to_video_q3_request_audio(
    value: str,
) -> ViduReferenceToVideoQ3RequestAudio:
    if value in VIDU_REFERENCE_TO_VIDEO_Q3_REQUEST_AUDIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_Q3_REQUEST_AUDIO_VALUES!r}"
    )
