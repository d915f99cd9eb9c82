from typing import Literal

TopazlabsImageUpscaleTransparentRequestOutputFormat = Literal["png"]

TOPAZLABS_IMAGE_UPSCALE_TRANSPARENT_REQUEST_OUTPUT_FORMAT_VALUES: set[
    TopazlabsImageUpscaleTransparentRequestOutputFormat
] = {
    "png",
}


def check_topazlabs_image_upscale_transparent_request_output_format(
    value: str,
) -> TopazlabsImageUpscaleTransparentRequestOutputFormat:
    if value in TOPAZLABS_IMAGE_UPSCALE_TRANSPARENT_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_UPSCALE_TRANSPARENT_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
