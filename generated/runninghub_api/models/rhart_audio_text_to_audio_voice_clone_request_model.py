from typing import Literal

RhartAudioTextToAudioVoiceCloneRequestModel = Literal[
    "speech-02-hd",
    "speech-02-turbo",
    "speech-2.5-hd-preview",
    "speech-2.5-turbo-preview",
    "speech-2.6-hd",
    "speech-2.6-turbo",
    "speech-2.8-hd",
    "speech-2.8-turbo",
]

RHART_AUDIO_TEXT_TO_AUDIO_VOICE_CLONE_REQUEST_MODEL_VALUES: set[
    RhartAudioTextToAudioVoiceCloneRequestModel
] = {
    "speech-02-hd",
    "speech-02-turbo",
    "speech-2.5-hd-preview",
    "speech-2.5-turbo-preview",
    "speech-2.6-hd",
    "speech-2.6-turbo",
    "speech-2.8-hd",
    "speech-2.8-turbo",
}


def check_rhart_audio_text_to_audio_voice_clone_request_model(
    value: str,
) -> RhartAudioTextToAudioVoiceCloneRequestModel:
    if value in RHART_AUDIO_TEXT_TO_AUDIO_VOICE_CLONE_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_AUDIO_TEXT_TO_AUDIO_VOICE_CLONE_REQUEST_MODEL_VALUES!r}"
    )
