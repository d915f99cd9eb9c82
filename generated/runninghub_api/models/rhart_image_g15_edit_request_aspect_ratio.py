from typing import Literal

RhartImageG15EditRequestAspectRatio = Literal["1:1", "2:3", "3:2", "auto"]

RHART_IMAGE_G15_EDIT_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartImageG15EditRequestAspectRatio
] = {
    "1:1",
    "2:3",
    "3:2",
    "auto",
}


def check_rhart_image_g15_edit_request_aspect_ratio(
    value: str,
) -> RhartImageG15EditRequestAspectRatio:
    if value in RHART_IMAGE_G15_EDIT_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G15_EDIT_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
