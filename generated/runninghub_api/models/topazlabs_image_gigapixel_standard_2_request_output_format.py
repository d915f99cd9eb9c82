from typing import Literal

TopazlabsImageGigapixelStandard2RequestOutputFormat = Literal[
    "jpeg", "jpg", "png", "tif", "tiff"
]

TOPAZLABS_IMAGE_GIGAPIXEL_STANDARD_2_REQUEST_OUTPUT_FORMAT_VALUES: set[
    TopazlabsImageGigapixelStandard2RequestOutputFormat
] = {
    "jpeg",
    "jpg",
    "png",
    "tif",
    "tiff",
}


def check_topazlabs_image_gigapixel_standard_2_request_output_format(
    value: str,
) -> TopazlabsImageGigapixelStandard2RequestOutputFormat:
    if value in TOPAZLABS_IMAGE_GIGAPIXEL_STANDARD_2_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_GIGAPIXEL_STANDARD_2_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
