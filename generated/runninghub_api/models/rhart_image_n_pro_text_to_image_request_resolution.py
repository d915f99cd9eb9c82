from typing import Literal

RhartImageNProTextToImageRequestResolution = Literal["1k", "2k", "4k"]

RHART_IMAGE_N_PRO_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES: set[
    RhartImageNProTextToImageRequestResolution
] = {
    "1k",
    "2k",
    "4k",
}


def check_rhart_image_n_pro_text_to_image_request_resolution(
    value: str,
) -> RhartImageNProTextToImageRequestResolution:
    if value in RHART_IMAGE_N_PRO_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_N_PRO_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES!r}"
    )
