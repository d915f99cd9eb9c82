from typing import Literal

VolcDramaSerialVideoTranslateRequestAiRemoveType = Literal["0", "1", "2"]

VOLC_DRAMA_SERIAL_VIDEO_TRANSLATE_REQUEST_AI_REMOVE_TYPE_VALUES: set[
    VolcDramaSerialVideoTranslateRequestAiRemoveType
] = {
    "0",
    "1",
    "2",
}


def check_volc_drama_serial_video_translate_request_ai_remove_type(
    value: str,
) -> VolcDramaSerialVideoTranslateRequestAiRemoveType:
    if value in VOLC_DRAMA_SERIAL_VIDEO_TRANSLATE_REQUEST_AI_REMOVE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOLC_DRAMA_SERIAL_VIDEO_TRANSLATE_REQUEST_AI_REMOVE_TYPE_VALUES!r}"
    )
