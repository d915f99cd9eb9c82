from typing import Literal

TopazlabsImageGigapixelHighFidelity2RequestOutputFormat = Literal["jpeg", "jpg", "png"]

TOPAZLABS_IMAGE_GIGAPIXEL_HIGH_FIDELITY_2_REQUEST_OUTPUT_FORMAT_VALUES: set[
    TopazlabsImageGigapixelHighFidelity2RequestOutputFormat
] = {
    "jpeg",
    "jpg",
    "png",
}


def check_topazlabs_image_gigapixel_high_fidelity_2_request_output_format(
    value: str,
) -> TopazlabsImageGigapixelHighFidelity2RequestOutputFormat:
    if value in TOPAZLABS_IMAGE_GIGAPIXEL_HIGH_FIDELITY_2_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_GIGAPIXEL_HIGH_FIDELITY_2_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
