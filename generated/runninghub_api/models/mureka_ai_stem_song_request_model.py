from typing import Literal

MurekaAiStemSongRequestModel = Literal["audio-separation-1", "audio-separation-2"]

MUREKA_AI_STEM_SONG_REQUEST_MODEL_VALUES: set[MurekaAiStemSongRequestModel] = {
    "audio-separation-1",
    "audio-separation-2",
}


def check_mureka_ai_stem_song_request_model(value: str) -> MurekaAiStemSongRequestModel:
    if value in MUREKA_AI_STEM_SONG_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MUREKA_AI_STEM_SONG_REQUEST_MODEL_VALUES!r}"
    )
