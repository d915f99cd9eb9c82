from typing import Literal

SeedanceV15ProTextToVideoRequestGenerateAudio = Literal["false", "true"]

SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_GENERATE_AUDIO_VALUES: set[
    SeedanceV15ProTextToVideoRequestGenerateAudio
] = {
    "false",
    "true",
}


def check_seedance_v15_pro_text_to_video_request_generate_audio(
    value: str,
) -> SeedanceV15ProTextToVideoRequestGenerateAudio:
    if value in SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_GENERATE_AUDIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_GENERATE_AUDIO_VALUES!r}"
    )
