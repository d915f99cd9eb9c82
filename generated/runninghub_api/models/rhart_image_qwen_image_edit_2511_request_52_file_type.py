from typing import Literal

RhartImageQwenImageEdit2511Request52FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_IMAGE_QWEN_IMAGE_EDIT_2511_REQUEST_52_FILE_TYPE_VALUES: set[
    RhartImageQwenImageEdit2511Request52FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_image_qwen_image_edit_2511_request_52_file_type(
    value: str,
) -> RhartImageQwenImageEdit2511Request52FileType:
    if value in RHART_IMAGE_QWEN_IMAGE_EDIT_2511_REQUEST_52_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_QWEN_IMAGE_EDIT_2511_REQUEST_52_FILE_TYPE_VALUES!r}"
    )
