from typing import Literal

RhartImageG2ImageToImageRequestAspectRatio = Literal[
    "16:9",
    "1:1",
    "1:2",
    "1:3",
    "21:9",
    "2:1",
    "2:3",
    "3:1",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "9:21",
]

RHART_IMAGE_G2_IMAGE_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartImageG2ImageToImageRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "1:2",
    "1:3",
    "21:9",
    "2:1",
    "2:3",
    "3:1",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "9:21",
}


def check_rhart_image_g2_image_to_image_request_aspect_ratio(
    value: str,
) -> RhartImageG2ImageToImageRequestAspectRatio:
    if value in RHART_IMAGE_G2_IMAGE_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G2_IMAGE_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
