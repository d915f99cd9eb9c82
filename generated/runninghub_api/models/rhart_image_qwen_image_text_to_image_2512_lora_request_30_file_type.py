from typing import Literal

RhartImageQwenImageTextToImage2512LoraRequest30FileType = Literal[
    "jpeg", "png", "webp (lossless)", "webp (lossy)"
]

RHART_IMAGE_QWEN_IMAGE_TEXT_TO_IMAGE_2512_LORA_REQUEST_30_FILE_TYPE_VALUES: set[
    RhartImageQwenImageTextToImage2512LoraRequest30FileType
] = {
    "jpeg",
    "png",
    "webp (lossless)",
    "webp (lossy)",
}


def check_rhart_image_qwen_image_text_to_image_2512_lora_request_30_file_type(
    value: str,
) -> RhartImageQwenImageTextToImage2512LoraRequest30FileType:
    if (
        value
        in RHART_IMAGE_QWEN_IMAGE_TEXT_TO_IMAGE_2512_LORA_REQUEST_30_FILE_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_QWEN_IMAGE_TEXT_TO_IMAGE_2512_LORA_REQUEST_30_FILE_TYPE_VALUES!r}"
    )
