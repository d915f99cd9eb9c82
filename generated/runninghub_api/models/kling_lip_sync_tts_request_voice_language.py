from typing import Literal

KlingLipSyncTtsRequestVoiceLanguage = Literal["en", "zh"]

KLING_LIP_SYNC_TTS_REQUEST_VOICE_LANGUAGE_VALUES: set[
    KlingLipSyncTtsRequestVoiceLanguage
] = {
    "en",
    "zh",
}


def check_kling_lip_sync_tts_request_voice_language(
    value: str,
) -> KlingLipSyncTtsRequestVoiceLanguage:
    if value in KLING_LIP_SYNC_TTS_REQUEST_VOICE_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_LIP_SYNC_TTS_REQUEST_VOICE_LANGUAGE_VALUES!r}"
    )
