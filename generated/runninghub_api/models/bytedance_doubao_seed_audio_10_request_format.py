from typing import Literal

BytedanceDoubaoSeedAudio10RequestFormat = Literal["mp3", "ogg_opus", "pcm", "wav"]

BYTEDANCE_DOUBAO_SEED_AUDIO_10_REQUEST_FORMAT_VALUES: set[
    BytedanceDoubaoSeedAudio10RequestFormat
] = {
    "mp3",
    "ogg_opus",
    "pcm",
    "wav",
}


def check_bytedance_doubao_seed_audio_10_request_format(
    value: str,
) -> BytedanceDoubaoSeedAudio10RequestFormat:
    if value in BYTEDANCE_DOUBAO_SEED_AUDIO_10_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_DOUBAO_SEED_AUDIO_10_REQUEST_FORMAT_VALUES!r}"
    )
