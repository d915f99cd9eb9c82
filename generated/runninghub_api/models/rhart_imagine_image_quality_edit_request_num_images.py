from typing import Literal

RhartImagineImageQualityEditRequestNumImages = Literal["1", "2", "3", "4"]

RHART_IMAGINE_IMAGE_QUALITY_EDIT_REQUEST_NUM_IMAGES_VALUES: set[
    RhartImagineImageQualityEditRequestNumImages
] = {
    "1",
    "2",
    "3",
    "4",
}


def check_rhart_imagine_image_quality_edit_request_num_images(
    value: str,
) -> RhartImagineImageQualityEditRequestNumImages:
    if value in RHART_IMAGINE_IMAGE_QUALITY_EDIT_REQUEST_NUM_IMAGES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGINE_IMAGE_QUALITY_EDIT_REQUEST_NUM_IMAGES_VALUES!r}"
    )
