from typing import Literal

TopazlabsImageUpscaleTextRefineRequestScale = Literal["2x", "4x", "6x"]

TOPAZLABS_IMAGE_UPSCALE_TEXT_REFINE_REQUEST_SCALE_VALUES: set[
    TopazlabsImageUpscaleTextRefineRequestScale
] = {
    "2x",
    "4x",
    "6x",
}


def check_topazlabs_image_upscale_text_refine_request_scale(
    value: str,
) -> TopazlabsImageUpscaleTextRefineRequestScale:
    if value in TOPAZLABS_IMAGE_UPSCALE_TEXT_REFINE_REQUEST_SCALE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_UPSCALE_TEXT_REFINE_REQUEST_SCALE_VALUES!r}"
    )
