from typing import Literal

RhartImageF2Klein9BTextToImageRequest51Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "custom"
]

RHART_IMAGE_F2_KLEIN_9B_TEXT_TO_IMAGE_REQUEST_51_SELECT_VALUES: set[
    RhartImageF2Klein9BTextToImageRequest51Select
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


def check_rhart_image_f2_klein_9b_text_to_image_request_51_select(
    value: str,
) -> RhartImageF2Klein9BTextToImageRequest51Select:
    if value in RHART_IMAGE_F2_KLEIN_9B_TEXT_TO_IMAGE_REQUEST_51_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F2_KLEIN_9B_TEXT_TO_IMAGE_REQUEST_51_SELECT_VALUES!r}"
    )
