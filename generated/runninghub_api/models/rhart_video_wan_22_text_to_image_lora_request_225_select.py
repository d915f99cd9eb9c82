from typing import Literal

RhartVideoWan22TextToImageLoraRequest225Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "custom"
]

RHART_VIDEO_WAN_22_TEXT_TO_IMAGE_LORA_REQUEST_225_SELECT_VALUES: set[
    RhartVideoWan22TextToImageLoraRequest225Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "custom",
}


def check_rhart_video_wan_22_text_to_image_lora_request_225_select(
    value: str,
) -> RhartVideoWan22TextToImageLoraRequest225Select:
    if value in RHART_VIDEO_WAN_22_TEXT_TO_IMAGE_LORA_REQUEST_225_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_WAN_22_TEXT_TO_IMAGE_LORA_REQUEST_225_SELECT_VALUES!r}"
    )
