from typing import Literal

MinimaxMusicCoverRequestBitrate = Literal["128000", "256000", "32000", "64000"]

MINIMAX_MUSIC_COVER_REQUEST_BITRATE_VALUES: set[MinimaxMusicCoverRequestBitrate] = {
    "128000",
    "256000",
    "32000",
    "64000",
}


def check_minimax_music_cover_request_bitrate(
    value: str,
) -> MinimaxMusicCoverRequestBitrate:
    if value in MINIMAX_MUSIC_COVER_REQUEST_BITRATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_MUSIC_COVER_REQUEST_BITRATE_VALUES!r}"
    )
