from typing import Literal

MinimaxMusicCoverRequestFormat = Literal["mp3", "pcm", "wav"]

MINIMAX_MUSIC_COVER_REQUEST_FORMAT_VALUES: set[MinimaxMusicCoverRequestFormat] = {
    "mp3",
    "pcm",
    "wav",
}


def check_minimax_music_cover_request_format(
    value: str,
) -> MinimaxMusicCoverRequestFormat:
    if value in MINIMAX_MUSIC_COVER_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_MUSIC_COVER_REQUEST_FORMAT_VALUES!r}"
    )
