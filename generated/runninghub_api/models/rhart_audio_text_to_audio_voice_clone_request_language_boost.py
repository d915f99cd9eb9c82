from typing import Literal

RhartAudioTextToAudioVoiceCloneRequestLanguageBoost = Literal[
    "Arabic",
    "auto",
    "Chinese",
    "Chinese,Yue",
    "Czech",
    "Dutch",
    "English",
    "Finnish",
    "French",
    "German",
    "Greek",
    "Hindi",
    "Indonesian",
    "Italian",
    "Japanese",
    "Korean",
    "Polish",
    "Portuguese",
    "Romanian",
    "Russian",
    "Spanish",
    "Thai",
    "Turkish",
    "Ukrainian",
    "Vietnamese",
]

RHART_AUDIO_TEXT_TO_AUDIO_VOICE_CLONE_REQUEST_LANGUAGE_BOOST_VALUES: set[
    RhartAudioTextToAudioVoiceCloneRequestLanguageBoost
] = {
    "Arabic",
    "auto",
    "Chinese",
    "Chinese,Yue",
    "Czech",
    "Dutch",
    "English",
    "Finnish",
    "French",
    "German",
    "Greek",
    "Hindi",
    "Indonesian",
    "Italian",
    "Japanese",
    "Korean",
    "Polish",
    "Portuguese",
    "Romanian",
    "Russian",
    "Spanish",
    "Thai",
    "Turkish",
    "Ukrainian",
    "Vietnamese",
}


def check_rhart_audio_text_to_audio_voice_clone_request_language_boost(
    value: str,
) -> RhartAudioTextToAudioVoiceCloneRequestLanguageBoost:
    if value in RHART_AUDIO_TEXT_TO_AUDIO_VOICE_CLONE_REQUEST_LANGUAGE_BOOST_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_AUDIO_TEXT_TO_AUDIO_VOICE_CLONE_REQUEST_LANGUAGE_BOOST_VALUES!r}"
    )
