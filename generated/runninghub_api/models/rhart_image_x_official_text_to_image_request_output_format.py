from typing import Literal

RhartImageXOfficialTextToImageRequestOutputFormat = Literal["jpeg", "png"]

RHART_IMAGE_X_OFFICIAL_TEXT_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES: set[
    RhartImageXOfficialTextToImageRequestOutputFormat
] = {
    "jpeg",
    "png",
}


def check_rhart_image_x_official_text_to_image_request_output_format(
    value: str,
) -> RhartImageXOfficialTextToImageRequestOutputFormat:
    if value in RHART_IMAGE_X_OFFICIAL_TEXT_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_X_OFFICIAL_TEXT_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
