from typing import Literal

RhartImageQwenImageTextToImage2512Request31FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_QWEN_IMAGE_TEXT_TO_IMAGE_2512_REQUEST_31_FILE_TYPE_VALUES: set[
    RhartImageQwenImageTextToImage2512Request31FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_qwen_image_text_to_image_2512_request_31_file_type(
    value: str,
) -> RhartImageQwenImageTextToImage2512Request31FileType:
    if value in RHART_IMAGE_QWEN_IMAGE_TEXT_TO_IMAGE_2512_REQUEST_31_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_QWEN_IMAGE_TEXT_TO_IMAGE_2512_REQUEST_31_FILE_TYPE_VALUES!r}"
    )
