from typing import Literal

TopazlabsImageUpscaleDetailFacesRequestOutputFormat = Literal["jpeg", "jpg", "png"]

TOPAZLABS_IMAGE_UPSCALE_DETAIL_FACES_REQUEST_OUTPUT_FORMAT_VALUES: set[
    TopazlabsImageUpscaleDetailFacesRequestOutputFormat
] = {
    "jpeg",
    "jpg",
    "png",
}


def check_topazlabs_image_upscale_detail_faces_request_output_format(
    value: str,
) -> TopazlabsImageUpscaleDetailFacesRequestOutputFormat:
    if value in TOPAZLABS_IMAGE_UPSCALE_DETAIL_FACES_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_UPSCALE_DETAIL_FACES_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
