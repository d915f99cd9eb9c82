from typing import Literal

RhartImageGTextToImageRequestAspectRatio = Literal[
    "1168x784", "1280x720", "720x1280", "784x1168", "960x960"
]

RHART_IMAGE_G_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartImageGTextToImageRequestAspectRatio
] = {
    "1168x784",
    "1280x720",
    "720x1280",
    "784x1168",
    "960x960",
}


def check_rhart_image_g_text_to_image_request_aspect_ratio(
    value: str,
) -> RhartImageGTextToImageRequestAspectRatio:
    if value in RHART_IMAGE_G_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
