from typing import Literal

RhartVideoLtx23ImageToVideoLoraRequest245Select = Literal["1080p", "480p", "720p"]

RHART_VIDEO_LTX_23_IMAGE_TO_VIDEO_LORA_REQUEST_245_SELECT_VALUES: set[
    RhartVideoLtx23ImageToVideoLoraRequest245Select
] = {
    "1080p",
    "480p",
    "720p",
}


def check_rhart_video_ltx_23_image_to_video_lora_request_245_select(
    value: str,
) -> RhartVideoLtx23ImageToVideoLoraRequest245Select:
    if value in RHART_VIDEO_LTX_23_IMAGE_TO_VIDEO_LORA_REQUEST_245_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_LTX_23_IMAGE_TO_VIDEO_LORA_REQUEST_245_SELECT_VALUES!r}"
    )
