from typing import Literal

RhartImageGImageToImageRequestModel = Literal["g-3", "g-4", "g-4.1", "g-4.2"]

RHART_IMAGE_G_IMAGE_TO_IMAGE_REQUEST_MODEL_VALUES: set[
    RhartImageGImageToImageRequestModel
] = {
    "g-3",
    "g-4",
    "g-4.1",
    "g-4.2",
}


def check_rhart_image_g_image_to_image_request_model(
    value: str,
) -> RhartImageGImageToImageRequestModel:
    if value in RHART_IMAGE_G_IMAGE_TO_IMAGE_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G_IMAGE_TO_IMAGE_REQUEST_MODEL_VALUES!r}"
    )
