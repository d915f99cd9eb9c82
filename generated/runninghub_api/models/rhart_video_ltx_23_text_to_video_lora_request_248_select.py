from typing import Literal

RhartVideoLtx23TextToVideoLoraRequest248Select = Literal["16:9", "9:16"]

RHART_VIDEO_LTX_23_TEXT_TO_VIDEO_LORA_REQUEST_248_SELECT_VALUES: set[
    RhartVideoLtx23TextToVideoLoraRequest248Select
] = {
    "16:9",
    "9:16",
}


def check_rhart_video_ltx_23_text_to_video_lora_request_248_select(
    value: str,
) -> RhartVideoLtx23TextToVideoLoraRequest248Select:
    if value in RHART_VIDEO_LTX_23_TEXT_TO_VIDEO_LORA_REQUEST_248_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_LTX_23_TEXT_TO_VIDEO_LORA_REQUEST_248_SELECT_VALUES!r}"
    )
