from typing import Literal

RhartImageF2Klein4BTextToImageRequest103FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_F2_KLEIN_4B_TEXT_TO_IMAGE_REQUEST_103_FILE_TYPE_VALUES: set[
    RhartImageF2Klein4BTextToImageRequest103FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_f2_klein_4b_text_to_image_request_103_file_type(
    value: str,
) -> RhartImageF2Klein4BTextToImageRequest103FileType:
    if value in RHART_IMAGE_F2_KLEIN_4B_TEXT_TO_IMAGE_REQUEST_103_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F2_KLEIN_4B_TEXT_TO_IMAGE_REQUEST_103_FILE_TYPE_VALUES!r}"
    )
