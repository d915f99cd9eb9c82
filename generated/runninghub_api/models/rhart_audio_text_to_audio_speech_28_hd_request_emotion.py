from typing import Literal

RhartAudioTextToAudioSpeech28HdRequestEmotion = Literal[
    "angry", "disgusted", "fearful", "happy", "neutral", "sad", "surprised"
]

RHART_AUDIO_TEXT_TO_AUDIO_SPEECH_28_HD_REQUEST_EMOTION_VALUES: set[
    RhartAudioTextToAudioSpeech28HdRequestEmotion
] = {
    "angry",
    "disgusted",
    "fearful",
    "happy",
    "neutral",
    "sad",
    "surprised",
}


def check_rhart_audio_text_to_audio_speech_28_hd_request_emotion(
    value: str,
) -> RhartAudioTextToAudioSpeech28HdRequestEmotion:
    if value in RHART_AUDIO_TEXT_TO_AUDIO_SPEECH_28_HD_REQUEST_EMOTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_AUDIO_TEXT_TO_AUDIO_SPEECH_28_HD_REQUEST_EMOTION_VALUES!r}"
    )
