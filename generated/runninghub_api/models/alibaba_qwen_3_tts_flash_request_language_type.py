from typing import Literal

AlibabaQwen3TtsFlashRequestLanguageType = Literal[
    "Auto",
    "Chinese",
    "English",
    "French",
    "German",
    "Italian",
    "Japanese",
    "Korean",
    "Portuguese",
    "Russian",
    "Spanish",
]

ALIBABA_QWEN_3_TTS_FLASH_REQUEST_LANGUAGE_TYPE_VALUES: set[
    AlibabaQwen3TtsFlashRequestLanguageType
] = {
    "Auto",
    "Chinese",
    "English",
    "French",
    "German",
    "Italian",
    "Japanese",
    "Korean",
    "Portuguese",
    "Russian",
    "Spanish",
}


def check_alibaba_qwen_3_tts_flash_request_language_type(
    value: str,
) -> AlibabaQwen3TtsFlashRequestLanguageType:
    if value in ALIBABA_QWEN_3_TTS_FLASH_REQUEST_LANGUAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_QWEN_3_TTS_FLASH_REQUEST_LANGUAGE_TYPE_VALUES!r}"
    )
