from typing import Literal

RhartImageG15OfficialImageToImageRequestBackground = Literal[
    "auto", "opaque", "transparent"
]

RHART_IMAGE_G15_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_BACKGROUND_VALUES: set[
    RhartImageG15OfficialImageToImageRequestBackground
] = {
    "auto",
    "opaque",
    "transparent",
}


def check_rhart_image_g15_official_image_to_image_request_background(
    value: str,
) -> RhartImageG15OfficialImageToImageRequestBackground:
    if value in RHART_IMAGE_G15_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G15_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_BACKGROUND_VALUES!r}"
    )
