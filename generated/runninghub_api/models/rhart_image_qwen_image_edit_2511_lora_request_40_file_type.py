from typing import Literal

RhartImageQwenImageEdit2511LoraRequest40FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_QWEN_IMAGE_EDIT_2511_LORA_REQUEST_40_FILE_TYPE_VALUES: set[
    RhartImageQwenImageEdit2511LoraRequest40FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_qwen_image_edit_2511_lora_request_40_file_type(
    value: str,
) -> RhartImageQwenImageEdit2511LoraRequest40FileType:
    if value in RHART_IMAGE_QWEN_IMAGE_EDIT_2511_LORA_REQUEST_40_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_QWEN_IMAGE_EDIT_2511_LORA_REQUEST_40_FILE_TYPE_VALUES!r}"
    )
