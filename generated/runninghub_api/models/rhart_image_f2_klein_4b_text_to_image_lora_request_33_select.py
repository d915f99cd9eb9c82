from typing import Literal

RhartImageF2Klein4BTextToImageLoraRequest33Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

RHART_IMAGE_F2_KLEIN_4B_TEXT_TO_IMAGE_LORA_REQUEST_33_SELECT_VALUES: set[
    RhartImageF2Klein4BTextToImageLoraRequest33Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_image_f2_klein_4b_text_to_image_lora_request_33_select(
    value: str,
) -> RhartImageF2Klein4BTextToImageLoraRequest33Select:
    if value in RHART_IMAGE_F2_KLEIN_4B_TEXT_TO_IMAGE_LORA_REQUEST_33_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F2_KLEIN_4B_TEXT_TO_IMAGE_LORA_REQUEST_33_SELECT_VALUES!r}"
    )
