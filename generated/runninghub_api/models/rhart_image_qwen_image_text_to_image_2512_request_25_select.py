from typing import Literal

RhartImageQwenImageTextToImage2512Request25Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "custom"
]

RHART_IMAGE_QWEN_IMAGE_TEXT_TO_IMAGE_2512_REQUEST_25_SELECT_VALUES: set[
    RhartImageQwenImageTextToImage2512Request25Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "custom",
}


def check_rhart_image_qwen_image_text_to_image_2512_request_25_select(
    value: str,
) -> RhartImageQwenImageTextToImage2512Request25Select:
    if value in RHART_IMAGE_QWEN_IMAGE_TEXT_TO_IMAGE_2512_REQUEST_25_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_QWEN_IMAGE_TEXT_TO_IMAGE_2512_REQUEST_25_SELECT_VALUES!r}"
    )
