from typing import Literal

PixverseV56TextToVideoRequestGenerateAudioSwitch = Literal["false", "true"]

PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_GENERATE_AUDIO_SWITCH_VALUES: set[
    PixverseV56TextToVideoRequestGenerateAudioSwitch
] = {
    "false",
    "true",
}


def check_pixverse_v56_text_to_video_request_generate_audio_switch(
    value: str,
) -> PixverseV56TextToVideoRequestGenerateAudioSwitch:
    if value in PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_GENERATE_AUDIO_SWITCH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_GENERATE_AUDIO_SWITCH_VALUES!r}"
    )
