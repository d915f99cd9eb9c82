from typing import Literal

RhartAudioTextToAudioSpeech26TurboRequestEmotion = Literal[
    "angry", "disgusted", "fearful", "happy", "neutral", "sad", "surprised"
]

RHART_AUDIO_TEXT_TO_AUDIO_SPEECH_26_TURBO_REQUEST_EMOTION_VALUES: set[
    RhartAudioTextToAudioSpeech26TurboRequestEmotion
] = {
    "angry",
    "disgusted",
    "fearful",
    "happy",
    "neutral",
    "sad",
    "surprised",
}


def check_rhart_audio_text_to_audio_speech_26_turbo_request_emotion(
    value: str,
) -> RhartAudioTextToAudioSpeech26TurboRequestEmotion:
    if value in RHART_AUDIO_TEXT_TO_AUDIO_SPEECH_26_TURBO_REQUEST_EMOTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_AUDIO_TEXT_TO_AUDIO_SPEECH_26_TURBO_REQUEST_EMOTION_VALUES!r}"
    )
