from typing import Literal

RhartImageF2Klein9BEditRequest81Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "auto", "custom"
]

RHART_IMAGE_F2_KLEIN_9B_EDIT_REQUEST_81_SELECT_VALUES: set[
    RhartImageF2Klein9BEditRequest81Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "auto",
    "custom",
}


def check_rhart_image_f2_klein_9b_edit_request_81_select(
    value: str,
) -> RhartImageF2Klein9BEditRequest81Select:
    if value in RHART_IMAGE_F2_KLEIN_9B_EDIT_REQUEST_81_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F2_KLEIN_9B_EDIT_REQUEST_81_SELECT_VALUES!r}"
    )
