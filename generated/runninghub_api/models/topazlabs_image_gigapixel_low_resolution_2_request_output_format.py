from typing import Literal

TopazlabsImageGigapixelLowResolution2RequestOutputFormat = Literal[
    "jpeg", "jpg", "png", "tif", "tiff"
]

TOPAZLABS_IMAGE_GIGAPIXEL_LOW_RESOLUTION_2_REQUEST_OUTPUT_FORMAT_VALUES: set[
    TopazlabsImageGigapixelLowResolution2RequestOutputFormat
] = {
    "jpeg",
    "jpg",
    "png",
    "tif",
    "tiff",
}


def check_topazlabs_image_gigapixel_low_resolution_2_request_output_format(
    value: str,
) -> TopazlabsImageGigapixelLowResolution2RequestOutputFormat:
    if value in TOPAZLABS_IMAGE_GIGAPIXEL_LOW_RESOLUTION_2_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_GIGAPIXEL_LOW_RESOLUTION_2_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
