from typing import Literal

RhartVideoWan22TextToImageLoraRequest201FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_VIDEO_WAN_22_TEXT_TO_IMAGE_LORA_REQUEST_201_FILE_TYPE_VALUES: set[
    RhartVideoWan22TextToImageLoraRequest201FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_video_wan_22_text_to_image_lora_request_201_file_type(
    value: str,
) -> RhartVideoWan22TextToImageLoraRequest201FileType:
    if value in RHART_VIDEO_WAN_22_TEXT_TO_IMAGE_LORA_REQUEST_201_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_WAN_22_TEXT_TO_IMAGE_LORA_REQUEST_201_FILE_TYPE_VALUES!r}"
    )
