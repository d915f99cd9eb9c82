from typing import Literal

MinimaxMusic26RequestSampleRate = Literal["16000", "24000", "32000", "44100"]

MINIMAX_MUSIC_26_REQUEST_SAMPLE_RATE_VALUES: set[MinimaxMusic26RequestSampleRate] = {
    "16000",
    "24000",
    "32000",
    "44100",
}


def check_minimax_music_26_request_sample_rate(
    value: str,
) -> MinimaxMusic26RequestSampleRate:
    if value in MINIMAX_MUSIC_26_REQUEST_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_MUSIC_26_REQUEST_SAMPLE_RATE_VALUES!r}"
    )
