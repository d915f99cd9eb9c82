from typing import Literal

RhartImagineImageQualityTextToImageRequestResolution = Literal["1k", "2k"]

RHART_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES: set[
    RhartImagineImageQualityTextToImageRequestResolution
] = {
    "1k",
    "2k",
}


def check_rhart_imagine_image_quality_text_to_image_request_resolution(
    value: str,
) -> RhartImagineImageQualityTextToImageRequestResolution:
    if value in RHART_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES!r}"
    )
