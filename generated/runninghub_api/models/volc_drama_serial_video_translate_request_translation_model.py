from typing import Literal

VolcDramaSerialVideoTranslateRequestTranslationModel = Literal["advanced", "basic"]

VOLC_DRAMA_SERIAL_VIDEO_TRANSLATE_REQUEST_TRANSLATION_MODEL_VALUES: set[
    VolcDramaSerialVideoTranslateRequestTranslationModel
] = {
    "advanced",
    "basic",
}


def check_volc_drama_serial_video_translate_request_translation_model(
    value: str,
) -> VolcDramaSerialVideoTranslateRequestTranslationModel:
    if value in VOLC_DRAMA_SERIAL_VIDEO_TRANSLATE_REQUEST_TRANSLATION_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOLC_DRAMA_SERIAL_VIDEO_TRANSLATE_REQUEST_TRANSLATION_MODEL_VALUES!r}"
    )
