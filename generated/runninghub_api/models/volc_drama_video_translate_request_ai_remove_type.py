from typing import Literal

VolcDramaVideoTranslateRequestAiRemoveType = Literal["0", "1", "2"]

VOLC_DRAMA_VIDEO_TRANSLATE_REQUEST_AI_REMOVE_TYPE_VALUES: set[
    VolcDramaVideoTranslateRequestAiRemoveType
] = {
    "0",
    "1",
    "2",
}


def check_volc_drama_video_translate_request_ai_remove_type(
    value: str,
) -> VolcDramaVideoTranslateRequestAiRemoveType:
    if value in VOLC_DRAMA_VIDEO_TRANSLATE_REQUEST_AI_REMOVE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOLC_DRAMA_VIDEO_TRANSLATE_REQUEST_AI_REMOVE_TYPE_VALUES!r}"
    )
