from typing import Literal

VolcDramaSerialVideoTranslateRequestSourceLang = Literal[
    "en", "es", "id", "ja", "ko", "pt", "th", "vi", "zh"
]

VOLC_DRAMA_SERIAL_VIDEO_TRANSLATE_REQUEST_SOURCE_LANG_VALUES: set[
    VolcDramaSerialVideoTranslateRequestSourceLang
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


def check_volc_drama_serial_video_translate_request_source_lang(
    value: str,
) -> VolcDramaSerialVideoTranslateRequestSourceLang:
    if value in VOLC_DRAMA_SERIAL_VIDEO_TRANSLATE_REQUEST_SOURCE_LANG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOLC_DRAMA_SERIAL_VIDEO_TRANSLATE_REQUEST_SOURCE_LANG_VALUES!r}"
    )
