from typing import Literal

RhartImageQwenImageEdit2511Request28Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

RHART_IMAGE_QWEN_IMAGE_EDIT_2511_REQUEST_28_SELECT_VALUES: set[
    RhartImageQwenImageEdit2511Request28Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_image_qwen_image_edit_2511_request_28_select(
    value: str,
) -> RhartImageQwenImageEdit2511Request28Select:
    if value in RHART_IMAGE_QWEN_IMAGE_EDIT_2511_REQUEST_28_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_QWEN_IMAGE_EDIT_2511_REQUEST_28_SELECT_VALUES!r}"
    )
