from typing import Literal

RhartImageFDevRequest43Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

RHART_IMAGE_F_DEV_REQUEST_43_SELECT_VALUES: set[RhartImageFDevRequest43Select] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_image_f_dev_request_43_select(
    value: str,
) -> RhartImageFDevRequest43Select:
    if value in RHART_IMAGE_F_DEV_REQUEST_43_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F_DEV_REQUEST_43_SELECT_VALUES!r}"
    )
