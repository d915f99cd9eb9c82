from typing import Literal

RhartAudioTextToAudioSpeech02HdRequestEmotion = Literal[
    "angry", "disgusted", "fearful", "happy", "neutral", "sad", "surprised"
]

RHART_AUDIO_TEXT_TO_AUDIO_SPEECH_02_HD_REQUEST_EMOTION_VALUES: set[
    RhartAudioTextToAudioSpeech02HdRequestEmotion
] = {
    "angry",
    "disgusted",
    "fearful",
    "happy",
    "neutral",
    "sad",
    "surprised",
}


def check_rhart_audio_text_to_audio_speech_02_hd_request_emotion(
    value: str,
) -> RhartAudioTextToAudioSpeech02HdRequestEmotion:
    if value in RHART_AUDIO_TEXT_TO_AUDIO_SPEECH_02_HD_REQUEST_EMOTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_AUDIO_TEXT_TO_AUDIO_SPEECH_02_HD_REQUEST_EMOTION_VALUES!r}"
    )
