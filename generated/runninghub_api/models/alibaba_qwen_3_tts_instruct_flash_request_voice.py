from typing import Literal

AlibabaQwen3TtsInstructFlashRequestVoice = Literal[
    "Arthur",
    "Bella",
    "Bellona",
    "Bunny",
    "Chelsie",
    "Cherry",
    "Eldric Sage",
    "Elias",
    "Ethan",
    "Kai",
    "Maia",
    "Mia",
    "Mochi",
    "Momo",
    "Moon",
    "Neil",
    "Nini",
    "Nofish",
    "Pip",
    "Seren",
    "Serena",
    "Stella",
    "Vincent",
    "Vivian",
]

ALIBABA_QWEN_3_TTS_INSTRUCT_FLASH_REQUEST_VOICE_VALUES: set[
    AlibabaQwen3TtsInstructFlashRequestVoice
] = {
    "Arthur",
    "Bella",
    "Bellona",
    "Bunny",
    "Chelsie",
    "Cherry",
    "Eldric Sage",
    "Elias",
    "Ethan",
    "Kai",
    "Maia",
    "Mia",
    "Mochi",
    "Momo",
    "Moon",
    "Neil",
    "Nini",
    "Nofish",
    "Pip",
    "Seren",
    "Serena",
    "Stella",
    "Vincent",
    "Vivian",
}


def check_alibaba_qwen_3_tts_instruct_flash_request_voice(
    value: str,
) -> AlibabaQwen3TtsInstructFlashRequestVoice:
    if value in ALIBABA_QWEN_3_TTS_INSTRUCT_FLASH_REQUEST_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_QWEN_3_TTS_INSTRUCT_FLASH_REQUEST_VOICE_VALUES!r}"
    )
