from typing import Literal

MinimaxMusic26RequestBitrate = Literal["128000", "256000", "32000", "64000"]

MINIMAX_MUSIC_26_REQUEST_BITRATE_VALUES: set[MinimaxMusic26RequestBitrate] = {
    "128000",
    "256000",
    "32000",
    "64000",
}


def check_minimax_music_26_request_bitrate(value: str) -> MinimaxMusic26RequestBitrate:
    if value in MINIMAX_MUSIC_26_REQUEST_BITRATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_MUSIC_26_REQUEST_BITRATE_VALUES!r}"
    )
