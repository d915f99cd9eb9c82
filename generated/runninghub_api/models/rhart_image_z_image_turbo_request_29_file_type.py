from typing import Literal

RhartImageZImageTurboRequest29FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_Z_IMAGE_TURBO_REQUEST_29_FILE_TYPE_VALUES: set[
    RhartImageZImageTurboRequest29FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_z_image_turbo_request_29_file_type(
    value: str,
) -> RhartImageZImageTurboRequest29FileType:
    if value in RHART_IMAGE_Z_IMAGE_TURBO_REQUEST_29_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_Z_IMAGE_TURBO_REQUEST_29_FILE_TYPE_VALUES!r}"
    )
