from typing import Literal

RhartImageZImageTurboLoraRequest34FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_Z_IMAGE_TURBO_LORA_REQUEST_34_FILE_TYPE_VALUES: set[
    RhartImageZImageTurboLoraRequest34FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_z_image_turbo_lora_request_34_file_type(
    value: str,
) -> RhartImageZImageTurboLoraRequest34FileType:
    if value in RHART_IMAGE_Z_IMAGE_TURBO_LORA_REQUEST_34_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_Z_IMAGE_TURBO_LORA_REQUEST_34_FILE_TYPE_VALUES!r}"
    )
