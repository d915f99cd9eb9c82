from typing import Literal

VolcDramaSerialVideoTranslateRequestDubVoiceMode = Literal["0", "1"]

VOLC_DRAMA_SERIAL_VIDEO_TRANSLATE_REQUEST_DUB_VOICE_MODE_VALUES: set[
    VolcDramaSerialVideoTranslateRequestDubVoiceMode
] = {
    "0",
    "1",
}


def check_volc_drama_serial_video_translate_request_dub_voice_mode(
    value: str,
) -> VolcDramaSerialVideoTranslateRequestDubVoiceMode:
    if value in VOLC_DRAMA_SERIAL_VIDEO_TRANSLATE_REQUEST_DUB_VOICE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOLC_DRAMA_SERIAL_VIDEO_TRANSLATE_REQUEST_DUB_VOICE_MODE_VALUES!r}"
    )
