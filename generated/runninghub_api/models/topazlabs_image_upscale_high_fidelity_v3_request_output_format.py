from typing import Literal

TopazlabsImageUpscaleHighFidelityV3RequestOutputFormat = Literal["jpeg", "jpg", "png"]

TOPAZLABS_IMAGE_UPSCALE_HIGH_FIDELITY_V3_REQUEST_OUTPUT_FORMAT_VALUES: set[
    TopazlabsImageUpscaleHighFidelityV3RequestOutputFormat
] = {
    "jpeg",
    "jpg",
    "png",
}


def check_topazlabs_image_upscale_high_fidelity_v3_request_output_format(
    value: str,
) -> TopazlabsImageUpscaleHighFidelityV3RequestOutputFormat:
    if value in TOPAZLABS_IMAGE_UPSCALE_HIGH_FIDELITY_V3_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_UPSCALE_HIGH_FIDELITY_V3_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
