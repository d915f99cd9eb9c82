from typing import Literal

RhartImageGTextToImageRequestModel = Literal["g-3", "g-4", "g-4.1", "g-4.2"]

RHART_IMAGE_G_TEXT_TO_IMAGE_REQUEST_MODEL_VALUES: set[
    RhartImageGTextToImageRequestModel
] = {
    "g-3",
    "g-4",
    "g-4.1",
    "g-4.2",
}


def check_rhart_image_g_text_to_image_request_model(
    value: str,
) -> RhartImageGTextToImageRequestModel:
    if value in RHART_IMAGE_G_TEXT_TO_IMAGE_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G_TEXT_TO_IMAGE_REQUEST_MODEL_VALUES!r}"
    )
