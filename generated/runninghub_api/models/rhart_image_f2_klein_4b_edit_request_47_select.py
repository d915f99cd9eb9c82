from typing import Literal

RhartImageF2Klein4BEditRequest47Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

RHART_IMAGE_F2_KLEIN_4B_EDIT_REQUEST_47_SELECT_VALUES: set[
    RhartImageF2Klein4BEditRequest47Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_image_f2_klein_4b_edit_request_47_select(
    value: str,
) -> RhartImageF2Klein4BEditRequest47Select:
    if value in RHART_IMAGE_F2_KLEIN_4B_EDIT_REQUEST_47_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F2_KLEIN_4B_EDIT_REQUEST_47_SELECT_VALUES!r}"
    )
