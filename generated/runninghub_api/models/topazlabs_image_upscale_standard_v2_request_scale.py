from typing import Literal

TopazlabsImageUpscaleStandardV2RequestScale = Literal["2x", "4x", "6x"]

TOPAZLABS_IMAGE_UPSCALE_STANDARD_V2_REQUEST_SCALE_VALUES: set[
    TopazlabsImageUpscaleStandardV2RequestScale
] = {
    "2x",
    "4x",
    "6x",
}


def check_topazlabs_image_upscale_standard_v2_request_scale(
    value: str,
) -> TopazlabsImageUpscaleStandardV2RequestScale:
    if value in TOPAZLABS_IMAGE_UPSCALE_STANDARD_V2_REQUEST_SCALE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_UPSCALE_STANDARD_V2_REQUEST_SCALE_VALUES!r}"
    )
