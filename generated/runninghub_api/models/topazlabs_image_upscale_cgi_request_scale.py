from typing import Literal

TopazlabsImageUpscaleCgiRequestScale = Literal["2x", "4x", "6x"]

TOPAZLABS_IMAGE_UPSCALE_CGI_REQUEST_SCALE_VALUES: set[
    TopazlabsImageUpscaleCgiRequestScale
] = {
    "2x",
    "4x",
    "6x",
}


def check_topazlabs_image_upscale_cgi_request_scale(
    value: str,
) -> TopazlabsImageUpscaleCgiRequestScale:
    if value in TOPAZLABS_IMAGE_UPSCALE_CGI_REQUEST_SCALE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_UPSCALE_CGI_REQUEST_SCALE_VALUES!r}"
    )
