from typing import Literal

RhartImageG2OfficialImageToImageRequestQuality = Literal["high", "low", "medium"]

RHART_IMAGE_G2_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_QUALITY_VALUES: set[
    RhartImageG2OfficialImageToImageRequestQuality
] = {
    "high",
    "low",
    "medium",
}


def check_rhart_image_g2_official_image_to_image_request_quality(
    value: str,
) -> RhartImageG2OfficialImageToImageRequestQuality:
    if value in RHART_IMAGE_G2_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G2_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_QUALITY_VALUES!r}"
    )
