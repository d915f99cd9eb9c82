from typing import Literal

BytedanceDoubaoSeedTts20RequestExplicitLanguage = Literal[
    "",
    "ar",
    "de",
    "en",
    "es-mx",
    "fil",
    "fr",
    "id",
    "ja",
    "ko",
    "ms",
    "pt",
    "pt-br",
    "ru",
    "th",
    "vi",
    "zh-cn",
]

BYTEDANCE_DOUBAO_SEED_TTS_20_REQUEST_EXPLICIT_LANGUAGE_VALUES: set[
    BytedanceDoubaoSeedTts20RequestExplicitLanguage
] = {
    "",
    "ar",
    "de",
    "en",
    "es-mx",
    "fil",
    "fr",
    "id",
    "ja",
    "ko",
    "ms",
    "pt",
    "pt-br",
    "ru",
    "th",
    "vi",
    "zh-cn",
}


def check_bytedance_doubao_seed_tts_20_request_explicit_language(
    value: str,
) -> BytedanceDoubaoSeedTts20RequestExplicitLanguage:
    if value in BYTEDANCE_DOUBAO_SEED_TTS_20_REQUEST_EXPLICIT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_DOUBAO_SEED_TTS_20_REQUEST_EXPLICIT_LANGUAGE_VALUES!r}"
    )
