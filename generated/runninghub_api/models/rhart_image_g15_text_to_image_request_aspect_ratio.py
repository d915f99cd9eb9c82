from typing import Literal

RhartImageG15TextToImageRequestAspectRatio = Literal["1:1", "2:3", "3:2", "auto"]

RHART_IMAGE_G15_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartImageG15TextToImageRequestAspectRatio
] = {
    "1:1",
    "2:3",
    "3:2",
    "auto",
}


def check_rhart_image_g15_text_to_image_request_aspect_ratio(
    value: str,
) -> RhartImageG15TextToImageRequestAspectRatio:
    if value in RHART_IMAGE_G15_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G15_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
