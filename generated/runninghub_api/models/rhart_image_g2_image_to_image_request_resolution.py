from typing import Literal

RhartImageG2ImageToImageRequestResolution = Literal["1k", "2k", "4k"]

RHART_IMAGE_G2_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES: set[
    RhartImageG2ImageToImageRequestResolution
] = {
    "1k",
    "2k",
    "4k",
}


def check_rhart_image_g2_image_to_image_request_resolution(
    value: str,
) -> RhartImageG2ImageToImageRequestResolution:
    if value in RHART_IMAGE_G2_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G2_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES!r}"
    )
