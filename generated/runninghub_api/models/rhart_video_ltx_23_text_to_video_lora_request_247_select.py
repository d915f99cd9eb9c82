from typing import Literal

RhartVideoLtx23TextToVideoLoraRequest247Select = Literal["1080p", "480p", "720p"]

RHART_VIDEO_LTX_23_TEXT_TO_VIDEO_LORA_REQUEST_247_SELECT_VALUES: set[
    RhartVideoLtx23TextToVideoLoraRequest247Select
] = {
    "1080p",
    "480p",
    "720p",
}


def check_rhart_video_ltx_23_text_to_video_lora_request_247_select(
    value: str,
) -> RhartVideoLtx23TextToVideoLoraRequest247Select:
    if value in RHART_VIDEO_LTX_23_TEXT_TO_VIDEO_LORA_REQUEST_247_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_LTX_23_TEXT_TO_VIDEO_LORA_REQUEST_247_SELECT_VALUES!r}"
    )
