from typing import Literal

VolcSubtitleEraseProVideoRequestEncodeMode = Literal["quality", "size"]

VOLC_SUBTITLE_ERASE_PRO_VIDEO_REQUEST_ENCODE_MODE_VALUES: set[
    VolcSubtitleEraseProVideoRequestEncodeMode
] = {
    "quality",
    "size",
}


def check_volc_subtitle_erase_pro_video_request_encode_mode(
    value: str,
) -> VolcSubtitleEraseProVideoRequestEncodeMode:
    if value in VOLC_SUBTITLE_ERASE_PRO_VIDEO_REQUEST_ENCODE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOLC_SUBTITLE_ERASE_PRO_VIDEO_REQUEST_ENCODE_MODE_VALUES!r}"
    )
