from typing import Literal

RhartImageF2DevEditLoraRequest52FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_F2_DEV_EDIT_LORA_REQUEST_52_FILE_TYPE_VALUES: set[
    RhartImageF2DevEditLoraRequest52FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_f2_dev_edit_lora_request_52_file_type(
    value: str,
) -> RhartImageF2DevEditLoraRequest52FileType:
    if value in RHART_IMAGE_F2_DEV_EDIT_LORA_REQUEST_52_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F2_DEV_EDIT_LORA_REQUEST_52_FILE_TYPE_VALUES!r}"
    )
