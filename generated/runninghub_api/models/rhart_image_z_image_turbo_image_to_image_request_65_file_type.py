from typing import Literal

RhartImageZImageTurboImageToImageRequest65FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_Z_IMAGE_TURBO_IMAGE_TO_IMAGE_REQUEST_65_FILE_TYPE_VALUES: set[
    RhartImageZImageTurboImageToImageRequest65FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_z_image_turbo_image_to_image_request_65_file_type(
    value: str,
) -> RhartImageZImageTurboImageToImageRequest65FileType:
    if value in RHART_IMAGE_Z_IMAGE_TURBO_IMAGE_TO_IMAGE_REQUEST_65_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_Z_IMAGE_TURBO_IMAGE_TO_IMAGE_REQUEST_65_FILE_TYPE_VALUES!r}"
    )
