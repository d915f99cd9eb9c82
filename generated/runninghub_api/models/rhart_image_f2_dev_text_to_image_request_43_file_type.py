from typing import Literal

RhartImageF2DevTextToImageRequest43FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_F2_DEV_TEXT_TO_IMAGE_REQUEST_43_FILE_TYPE_VALUES: set[
    RhartImageF2DevTextToImageRequest43FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_f2_dev_text_to_image_request_43_file_type(
    value: str,
) -> RhartImageF2DevTextToImageRequest43FileType:
    if value in RHART_IMAGE_F2_DEV_TEXT_TO_IMAGE_REQUEST_43_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F2_DEV_TEXT_TO_IMAGE_REQUEST_43_FILE_TYPE_VALUES!r}"
    )
