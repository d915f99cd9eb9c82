from typing import Literal

RhartImageG15OfficialImageToImageRequestInputFidelity = Literal["high", "low"]

RHART_IMAGE_G15_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_INPUT_FIDELITY_VALUES: set[
    RhartImageG15OfficialImageToImageRequestInputFidelity
] = {
    "high",
    "low",
}


def check_rhart_image_g15_official_image_to_image_request_input_fidelity(
    value: str,
) -> RhartImageG15OfficialImageToImageRequestInputFidelity:
    if value in RHART_IMAGE_G15_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_INPUT_FIDELITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G15_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_INPUT_FIDELITY_VALUES!r}"
    )
