from typing import Literal

HiggsfieldSoulImageToImageRequestQuality = Literal["high", "medium"]

HIGGSFIELD_SOUL_IMAGE_TO_IMAGE_REQUEST_QUALITY_VALUES: set[
    HiggsfieldSoulImageToImageRequestQuality
] = {
    "high",
    "medium",
}


def check_higgsfield_soul_image_to_image_request_quality(
    value: str,
) -> HiggsfieldSoulImageToImageRequestQuality:
    if value in HIGGSFIELD_SOUL_IMAGE_TO_IMAGE_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIGGSFIELD_SOUL_IMAGE_TO_IMAGE_REQUEST_QUALITY_VALUES!r}"
    )
