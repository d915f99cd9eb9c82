from typing import Literal

RhartImageZImageTurboImageToImageLoraRequest42FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_Z_IMAGE_TURBO_IMAGE_TO_IMAGE_LORA_REQUEST_42_FILE_TYPE_VALUES: set[
    RhartImageZImageTurboImageToImageLoraRequest42FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_z_image_turbo_image_to_image_lora_request_42_file_type(
    value: str,
) -> RhartImageZImageTurboImageToImageLoraRequest42FileType:
    if (
        value
        in RHART_IMAGE_Z_IMAGE_TURBO_IMAGE_TO_IMAGE_LORA_REQUEST_42_FILE_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_Z_IMAGE_TURBO_IMAGE_TO_IMAGE_LORA_REQUEST_42_FILE_TYPE_VALUES!r}"
    )
