from typing import Literal

TopazlabsImageGigapixelTextAndShapesRequestOutputFormat = Literal[
    "jpeg", "jpg", "png", "tif", "tiff"
]

TOPAZLABS_IMAGE_GIGAPIXEL_TEXT_AND_SHAPES_REQUEST_OUTPUT_FORMAT_VALUES: set[
    TopazlabsImageGigapixelTextAndShapesRequestOutputFormat
] = {
    "jpeg",
    "jpg",
    "png",
    "tif",
    "tiff",
}


def check_topazlabs_image_gigapixel_text_and_shapes_request_output_format(
    value: str,
) -> TopazlabsImageGigapixelTextAndShapesRequestOutputFormat:
    if value in TOPAZLABS_IMAGE_GIGAPIXEL_TEXT_AND_SHAPES_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_GIGAPIXEL_TEXT_AND_SHAPES_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
