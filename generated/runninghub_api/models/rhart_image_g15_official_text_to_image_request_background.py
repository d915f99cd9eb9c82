from typing import Literal

RhartImageG15OfficialTextToImageRequestBackground = Literal[
    "auto", "opaque", "transparent"
]

RHART_IMAGE_G15_OFFICIAL_TEXT_TO_IMAGE_REQUEST_BACKGROUND_VALUES: set[
    RhartImageG15OfficialTextToImageRequestBackground
] = {
    "auto",
    "opaque",
    "transparent",
}


def check_rhart_image_g15_official_text_to_image_request_background(
    value: str,
) -> RhartImageG15OfficialTextToImageRequestBackground:
    if value in RHART_IMAGE_G15_OFFICIAL_TEXT_TO_IMAGE_REQUEST_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G15_OFFICIAL_TEXT_TO_IMAGE_REQUEST_BACKGROUND_VALUES!r}"
    )
