from typing import Literal

RhartImageF2Klein9BTextToImageLoraRequest55FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_F2_KLEIN_9B_TEXT_TO_IMAGE_LORA_REQUEST_55_FILE_TYPE_VALUES: set[
    RhartImageF2Klein9BTextToImageLoraRequest55FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_f2_klein_9b_text_to_image_lora_request_55_file_type(
    value: str,
) -> RhartImageF2Klein9BTextToImageLoraRequest55FileType:
    if value in RHART_IMAGE_F2_KLEIN_9B_TEXT_TO_IMAGE_LORA_REQUEST_55_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F2_KLEIN_9B_TEXT_TO_IMAGE_LORA_REQUEST_55_FILE_TYPE_VALUES!r}"
    )
