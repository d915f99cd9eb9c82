from typing import Literal

RhartImageG2OfficialTextToImageRequestQuality = Literal["high", "low", "medium"]

RHART_IMAGE_G2_OFFICIAL_TEXT_TO_IMAGE_REQUEST_QUALITY_VALUES: set[
    RhartImageG2OfficialTextToImageRequestQuality
] = {
    "high",
    "low",
    "medium",
}


def check_rhart_image_g2_official_text_to_image_request_quality(
    value: str,
) -> RhartImageG2OfficialTextToImageRequestQuality:
    if value in RHART_IMAGE_G2_OFFICIAL_TEXT_TO_IMAGE_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G2_OFFICIAL_TEXT_TO_IMAGE_REQUEST_QUALITY_VALUES!r}"
    )
