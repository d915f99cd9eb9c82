from typing import Literal

MinimaxMusicCoverRequestSampleRate = Literal["16000", "24000", "32000", "44100"]

MINIMAX_MUSIC_COVER_REQUEST_SAMPLE_RATE_VALUES: set[
    MinimaxMusicCoverRequestSampleRate
] = {
    "16000",
    "24000",
    "32000",
    "44100",
}


def check_minimax_music_cover_request_sample_rate(
    value: str,
) -> MinimaxMusicCoverRequestSampleRate:
    if value in MINIMAX_MUSIC_COVER_REQUEST_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_MUSIC_COVER_REQUEST_SAMPLE_RATE_VALUES!r}"
    )
