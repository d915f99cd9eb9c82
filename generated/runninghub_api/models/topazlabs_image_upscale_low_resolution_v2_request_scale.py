from typing import Literal

TopazlabsImageUpscaleLowResolutionV2RequestScale = Literal["2x", "4x", "6x"]

TOPAZLABS_IMAGE_UPSCALE_LOW_RESOLUTION_V2_REQUEST_SCALE_VALUES: set[
    TopazlabsImageUpscaleLowResolutionV2RequestScale
] = {
    "2x",
    "4x",
    "6x",
}


def check_topazlabs_image_upscale_low_resolution_v2_request_scale(
    value: str,
) -> TopazlabsImageUpscaleLowResolutionV2RequestScale:
    if value in TOPAZLABS_IMAGE_UPSCALE_LOW_RESOLUTION_V2_REQUEST_SCALE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_UPSCALE_LOW_RESOLUTION_V2_REQUEST_SCALE_VALUES!r}"
    )
