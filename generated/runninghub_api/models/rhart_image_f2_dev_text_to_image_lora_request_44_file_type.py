from typing import Literal

RhartImageF2DevTextToImageLoraRequest44FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_F2_DEV_TEXT_TO_IMAGE_LORA_REQUEST_44_FILE_TYPE_VALUES: set[
    RhartImageF2DevTextToImageLoraRequest44FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_f2_dev_text_to_image_lora_request_44_file_type(
    value: str,
) -> RhartImageF2DevTextToImageLoraRequest44FileType:
    if value in RHART_IMAGE_F2_DEV_TEXT_TO_IMAGE_LORA_REQUEST_44_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F2_DEV_TEXT_TO_IMAGE_LORA_REQUEST_44_FILE_TYPE_VALUES!r}"
    )
