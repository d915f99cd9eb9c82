from typing import Literal

TopazlabsImageUpscaleHighFidelityV2RequestScale = Literal["2x", "4x", "6x"]

TOPAZLABS_IMAGE_UPSCALE_HIGH_FIDELITY_V2_REQUEST_SCALE_VALUES: set[
    TopazlabsImageUpscaleHighFidelityV2RequestScale
] = {
    "2x",
    "4x",
    "6x",
}


def check_topazlabs_image_upscale_high_fidelity_v2_request_scale(
    value: str,
) -> TopazlabsImageUpscaleHighFidelityV2RequestScale:
    if value in TOPAZLABS_IMAGE_UPSCALE_HIGH_FIDELITY_V2_REQUEST_SCALE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_UPSCALE_HIGH_FIDELITY_V2_REQUEST_SCALE_VALUES!r}"
    )
