from typing import Literal

RhartImageFKreaDevLoraRequest135FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_F_KREA_DEV_LORA_REQUEST_135_FILE_TYPE_VALUES: set[
    RhartImageFKreaDevLoraRequest135FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_f_krea_dev_lora_request_135_file_type(
    value: str,
) -> RhartImageFKreaDevLoraRequest135FileType:
    if value in RHART_IMAGE_F_KREA_DEV_LORA_REQUEST_135_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F_KREA_DEV_LORA_REQUEST_135_FILE_TYPE_VALUES!r}"
    )
