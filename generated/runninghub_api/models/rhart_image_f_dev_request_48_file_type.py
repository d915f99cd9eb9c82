from typing import Literal

RhartImageFDevRequest48FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_F_DEV_REQUEST_48_FILE_TYPE_VALUES: set[RhartImageFDevRequest48FileType] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_f_dev_request_48_file_type(
    value: str,
) -> RhartImageFDevRequest48FileType:
    if value in RHART_IMAGE_F_DEV_REQUEST_48_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F_DEV_REQUEST_48_FILE_TYPE_VALUES!r}"
    )
