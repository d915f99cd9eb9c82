from typing import Literal

RhartImageF2Klein4BTextToImageRequest94Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "custom"
]

RHART_IMAGE_F2_KLEIN_4B_TEXT_TO_IMAGE_REQUEST_94_SELECT_VALUES: set[
    RhartImageF2Klein4BTextToImageRequest94Select
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


def check_rhart_image_f2_klein_4b_text_to_image_request_94_select(
    value: str,
) -> RhartImageF2Klein4BTextToImageRequest94Select:
    if value in RHART_IMAGE_F2_KLEIN_4B_TEXT_TO_IMAGE_REQUEST_94_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F2_KLEIN_4B_TEXT_TO_IMAGE_REQUEST_94_SELECT_VALUES!r}"
    )
