from typing import Literal

RhartImagineImageQualityTextToImageRequestNumImages = Literal["1", "2", "3", "4"]

RHART_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_REQUEST_NUM_IMAGES_VALUES: set[
    RhartImagineImageQualityTextToImageRequestNumImages
] = {
    "1",
    "2",
    "3",
    "4",
}


def check_rhart_imagine_image_quality_text_to_image_request_num_images(
    value: str,
) -> RhartImagineImageQualityTextToImageRequestNumImages:
    if value in RHART_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_REQUEST_NUM_IMAGES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_REQUEST_NUM_IMAGES_VALUES!r}"
    )
