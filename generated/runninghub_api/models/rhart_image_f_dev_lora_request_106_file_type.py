from typing import Literal

RhartImageFDevLoraRequest106FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_F_DEV_LORA_REQUEST_106_FILE_TYPE_VALUES: set[
    RhartImageFDevLoraRequest106FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_f_dev_lora_request_106_file_type(
    value: str,
) -> RhartImageFDevLoraRequest106FileType:
    if value in RHART_IMAGE_F_DEV_LORA_REQUEST_106_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F_DEV_LORA_REQUEST_106_FILE_TYPE_VALUES!r}"
    )
