from typing import Literal

RhartAudioTextToAudioMusic25RequestBitrate = Literal[
    "128000", "256000", "32000", "60000", "64000"
]

RHART_AUDIO_TEXT_TO_AUDIO_MUSIC_25_REQUEST_BITRATE_VALUES: set[
    RhartAudioTextToAudioMusic25RequestBitrate
] = {
    "128000",
    "256000",
    "32000",
    "60000",
    "64000",
}


def check_rhart_audio_text_to_audio_music_25_request_bitrate(
    value: str,
) -> RhartAudioTextToAudioMusic25RequestBitrate:
    if value in RHART_AUDIO_TEXT_TO_AUDIO_MUSIC_25_REQUEST_BITRATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_AUDIO_TEXT_TO_AUDIO_MUSIC_25_REQUEST_BITRATE_VALUES!r}"
    )
