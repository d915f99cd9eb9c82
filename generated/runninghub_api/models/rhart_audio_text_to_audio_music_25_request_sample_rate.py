from typing import Literal

RhartAudioTextToAudioMusic25RequestSampleRate = Literal[
    "16000", "24000", "32000", "44100"
]

RHART_AUDIO_TEXT_TO_AUDIO_MUSIC_25_REQUEST_SAMPLE_RATE_VALUES: set[
    RhartAudioTextToAudioMusic25RequestSampleRate
] = {
    "16000",
    "24000",
    "32000",
    "44100",
}


def check_rhart_audio_text_to_audio_music_25_request_sample_rate(
    value: str,
) -> RhartAudioTextToAudioMusic25RequestSampleRate:
    if value in RHART_AUDIO_TEXT_TO_AUDIO_MUSIC_25_REQUEST_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_AUDIO_TEXT_TO_AUDIO_MUSIC_25_REQUEST_SAMPLE_RATE_VALUES!r}"
    )
