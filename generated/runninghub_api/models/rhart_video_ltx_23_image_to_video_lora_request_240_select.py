from typing import Literal

RhartVideoLtx23ImageToVideoLoraRequest240Select = Literal["16:9", "9:16"]

RHART_VIDEO_LTX_23_IMAGE_TO_VIDEO_LORA_REQUEST_240_SELECT_VALUES: set[
    RhartVideoLtx23ImageToVideoLoraRequest240Select
] = {
    "16:9",
    "9:16",
}


def check_rhart_video_ltx_23_image_to_video_lora_request_240_select(
    value: str,
) -> RhartVideoLtx23ImageToVideoLoraRequest240Select:
    if value in RHART_VIDEO_LTX_23_IMAGE_TO_VIDEO_LORA_REQUEST_240_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_LTX_23_IMAGE_TO_VIDEO_LORA_REQUEST_240_SELECT_VALUES!r}"
    )
