from typing import Literal

RhartImageF2Klein4BEditRequest51FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_F2_KLEIN_4B_EDIT_REQUEST_51_FILE_TYPE_VALUES: set[
    RhartImageF2Klein4BEditRequest51FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_f2_klein_4b_edit_request_51_file_type(
    value: str,
) -> RhartImageF2Klein4BEditRequest51FileType:
    if value in RHART_IMAGE_F2_KLEIN_4B_EDIT_REQUEST_51_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F2_KLEIN_4B_EDIT_REQUEST_51_FILE_TYPE_VALUES!r}"
    )
