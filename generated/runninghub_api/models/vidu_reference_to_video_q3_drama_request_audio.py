from typing import Literal

ViduReferenceToVideoQ3DramaRequestAudio = Literal["false", "true"]

VIDU_REFERENCE_TO_VIDEO_Q3_DRAMA_REQUEST_AUDIO_VALUES: set[
    ViduReferenceToVideoQ3DramaRequestAudio
] = {
    "false",
    "true",
}


def check_vidu_reference_to_video_q3_drama_request_audio(
    value: str,
) -> ViduReferenceToVideoQ3DramaRequestAudio:
    if value in VIDU_REFERENCE_TO_VIDEO_Q3_DRAMA_REQUEST_AUDIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_Q3_DRAMA_REQUEST_AUDIO_VALUES!r}"
    )
