from typing import Literal

MinimaxMusic26RequestFormat = Literal["mp3", "pcm", "wav"]

MINIMAX_MUSIC_26_REQUEST_FORMAT_VALUES: set[MinimaxMusic26RequestFormat] = {
    "mp3",
    "pcm",
    "wav",
}


def check_minimax_music_26_request_format(value: str) -> MinimaxMusic26RequestFormat:
    if value in MINIMAX_MUSIC_26_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_MUSIC_26_REQUEST_FORMAT_VALUES!r}"
    )
