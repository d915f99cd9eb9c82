from typing import Literal

MurekaAiMurekaV8ExtendSongRequestExtendType = Literal["head", "tail"]

MUREKA_AI_MUREKA_V8_EXTEND_SONG_REQUEST_EXTEND_TYPE_VALUES: set[
    MurekaAiMurekaV8ExtendSongRequestExtendType
] = {
    "head",
    "tail",
}


def check_mureka_ai_mureka_v8_extend_song_request_extend_type(
    value: str,
) -> MurekaAiMurekaV8ExtendSongRequestExtendType:
    if value in MUREKA_AI_MUREKA_V8_EXTEND_SONG_REQUEST_EXTEND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MUREKA_AI_MUREKA_V8_EXTEND_SONG_REQUEST_EXTEND_TYPE_VALUES!r}"
    )
