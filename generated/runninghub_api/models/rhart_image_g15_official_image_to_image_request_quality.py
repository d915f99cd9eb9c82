from typing import Literal

RhartImageG15OfficialImageToImageRequestQuality = Literal["high", "low", "medium"]

RHART_IMAGE_G15_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_QUALITY_VALUES: set[
    RhartImageG15OfficialImageToImageRequestQuality
] = {
    "high",
    "low",
    "medium",
}


def check_rhart_image_g15_official_image_to_image_request_quality(
    value: str,
) -> RhartImageG15OfficialImageToImageRequestQuality:
    if value in RHART_IMAGE_G15_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G15_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_QUALITY_VALUES!r}"
    )
