from typing import Literal

VolcDramaVideoTranslateRequestSourceLang = Literal[
    "en", "es", "id", "ja", "ko", "pt", "th", "vi", "zh"
]

VOLC_DRAMA_VIDEO_TRANSLATE_REQUEST_SOURCE_LANG_VALUES: set[
    VolcDramaVideoTranslateRequestSourceLang
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


def check_volc_drama_video_translate_request_source_lang(
    value: str,
) -> VolcDramaVideoTranslateRequestSourceLang:
    if value in VOLC_DRAMA_VIDEO_TRANSLATE_REQUEST_SOURCE_LANG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOLC_DRAMA_VIDEO_TRANSLATE_REQUEST_SOURCE_LANG_VALUES!r}"
    )
