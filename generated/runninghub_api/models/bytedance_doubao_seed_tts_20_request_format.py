from typing import Literal

BytedanceDoubaoSeedTts20RequestFormat = Literal["mp3", "ogg_opus", "pcm", "wav"]

BYTEDANCE_DOUBAO_SEED_TTS_20_REQUEST_FORMAT_VALUES: set[
    BytedanceDoubaoSeedTts20RequestFormat
] = {
    "mp3",
    "ogg_opus",
    "pcm",
    "wav",
}


def check_bytedance_doubao_seed_tts_20_request_format(
    value: str,
) -> BytedanceDoubaoSeedTts20RequestFormat:
    if value in BYTEDANCE_DOUBAO_SEED_TTS_20_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_DOUBAO_SEED_TTS_20_REQUEST_FORMAT_VALUES!r}"
    )
