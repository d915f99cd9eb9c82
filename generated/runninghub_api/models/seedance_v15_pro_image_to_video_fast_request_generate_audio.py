from typing import Literal

SeedanceV15ProImageToVideoFastRequestGenerateAudio = Literal["false", "true"]

SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_FAST_REQUEST_GENERATE_AUDIO_VALUES: set[
    SeedanceV15ProImageToVideoFastRequestGenerateAudio
] = {
    "false",
    "true",
}


def check_seedance_v15_pro_image_to_video_fast_request_generate_audio(
    value: str,
) -> SeedanceV15ProImageToVideoFastRequestGenerateAudio:
    if value in SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_FAST_REQUEST_GENERATE_AUDIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_FAST_REQUEST_GENERATE_AUDIO_VALUES!r}"
    )
