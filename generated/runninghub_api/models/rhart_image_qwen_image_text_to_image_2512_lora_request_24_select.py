from typing import Literal

RhartImageQwenImageTextToImage2512LoraRequest24Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

RHART_IMAGE_QWEN_IMAGE_TEXT_TO_IMAGE_2512_LORA_REQUEST_24_SELECT_VALUES: set[
    RhartImageQwenImageTextToImage2512LoraRequest24Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_image_qwen_image_text_to_image_2512_lora_request_24_select(
    value: str,
) -> RhartImageQwenImageTextToImage2512LoraRequest24Select:
    if value in RHART_IMAGE_QWEN_IMAGE_TEXT_TO_IMAGE_2512_LORA_REQUEST_24_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_QWEN_IMAGE_TEXT_TO_IMAGE_2512_LORA_REQUEST_24_SELECT_VALUES!r}"
    )
