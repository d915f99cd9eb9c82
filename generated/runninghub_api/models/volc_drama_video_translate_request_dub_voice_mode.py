from typing import Literal

VolcDramaVideoTranslateRequestDubVoiceMode = Literal["0", "1"]

VOLC_DRAMA_VIDEO_TRANSLATE_REQUEST_DUB_VOICE_MODE_VALUES: set[
    VolcDramaVideoTranslateRequestDubVoiceMode
] = {
    "0",
    "1",
}


def check_volc_drama_video_translate_request_dub_voice_mode(
    value: str,
) -> VolcDramaVideoTranslateRequestDubVoiceMode:
    if value in VOLC_DRAMA_VIDEO_TRANSLATE_REQUEST_DUB_VOICE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOLC_DRAMA_VIDEO_TRANSLATE_REQUEST_DUB_VOICE_MODE_VALUES!r}"
    )
