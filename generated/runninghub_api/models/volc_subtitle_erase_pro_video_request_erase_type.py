from typing import Literal

VolcSubtitleEraseProVideoRequestEraseType = Literal["subtitle", "text"]

VOLC_SUBTITLE_ERASE_PRO_VIDEO_REQUEST_ERASE_TYPE_VALUES: set[
    VolcSubtitleEraseProVideoRequestEraseType
] = {
    "subtitle",
    "text",
}


def check_volc_subtitle_erase_pro_video_request_erase_type(
    value: str,
) -> VolcSubtitleEraseProVideoRequestEraseType:
    if value in VOLC_SUBTITLE_ERASE_PRO_VIDEO_REQUEST_ERASE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOLC_SUBTITLE_ERASE_PRO_VIDEO_REQUEST_ERASE_TYPE_VALUES!r}"
    )
