from typing import Literal

VolcDramaVideoTranslateRequestTargetLangs = Literal[
    "en", "es", "id", "ja", "ko", "pt", "th", "vi", "zh"
]

VOLC_DRAMA_VIDEO_TRANSLATE_REQUEST_TARGET_LANGS_VALUES: set[
    VolcDramaVideoTranslateRequestTargetLangs
] = {
    "en",
    "es",
    "id",
    "ja",
    "ko",
    "pt",
    "th",
    "vi",
    "zh",
}


def check_volc_drama_video_translate_request_target_langs(
    value: str,
) -> VolcDramaVideoTranslateRequestTargetLangs:
    if value in VOLC_DRAMA_VIDEO_TRANSLATE_REQUEST_TARGET_LANGS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOLC_DRAMA_VIDEO_TRANSLATE_REQUEST_TARGET_LANGS_VALUES!r}"
    )
