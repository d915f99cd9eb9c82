from typing import Literal

RhartImageF2Klein4BEditLoraRequest40FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_F2_KLEIN_4B_EDIT_LORA_REQUEST_40_FILE_TYPE_VALUES: set[
    RhartImageF2Klein4BEditLoraRequest40FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_f2_klein_4b_edit_lora_request_40_file_type(
    value: str,
) -> RhartImageF2Klein4BEditLoraRequest40FileType:
    if value in RHART_IMAGE_F2_KLEIN_4B_EDIT_LORA_REQUEST_40_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F2_KLEIN_4B_EDIT_LORA_REQUEST_40_FILE_TYPE_VALUES!r}"
    )
