from typing import Literal

RhartAudioTextToAudioSpeech28TurboRequestEmotion = Literal[
    "angry", "disgusted", "fearful", "happy", "neutral", "sad", "surprised"
]

RHART_AUDIO_TEXT_TO_AUDIO_SPEECH_28_TURBO_REQUEST_EMOTION_VALUES: set[
    RhartAudioTextToAudioSpeech28TurboRequestEmotion
] = {
    "angry",
    "disgusted",
    "fearful",
    "happy",
    "neutral",
    "sad",
    "surprised",
}


def check_rhart_audio_text_to_audio_speech_28_turbo_request_emotion(
    value: str,
) -> RhartAudioTextToAudioSpeech28TurboRequestEmotion:
    if value in RHART_AUDIO_TEXT_TO_AUDIO_SPEECH_28_TURBO_REQUEST_EMOTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_AUDIO_TEXT_TO_AUDIO_SPEECH_28_TURBO_REQUEST_EMOTION_VALUES!r}"
    )
