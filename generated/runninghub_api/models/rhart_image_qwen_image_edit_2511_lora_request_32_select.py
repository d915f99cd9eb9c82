from typing import Literal

RhartImageQwenImageEdit2511LoraRequest32Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

RHART_IMAGE_QWEN_IMAGE_EDIT_2511_LORA_REQUEST_32_SELECT_VALUES: set[
    RhartImageQwenImageEdit2511LoraRequest32Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_image_qwen_image_edit_2511_lora_request_32_select(
    value: str,
) -> RhartImageQwenImageEdit2511LoraRequest32Select:
    if value in RHART_IMAGE_QWEN_IMAGE_EDIT_2511_LORA_REQUEST_32_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_QWEN_IMAGE_EDIT_2511_LORA_REQUEST_32_SELECT_VALUES!r}"
    )
