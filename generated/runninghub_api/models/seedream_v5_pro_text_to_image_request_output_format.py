from typing import Literal

SeedreamV5ProTextToImageRequestOutputFormat = Literal["jpeg", "png"]

SEEDREAM_V5_PRO_TEXT_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES: set[
    SeedreamV5ProTextToImageRequestOutputFormat
] = {
    "jpeg",
    "png",
}


def check_seedream_v5_pro_text_to_image_request_output_format(
    value: str,
) -> SeedreamV5ProTextToImageRequestOutputFormat:
    if value in SEEDREAM_V5_PRO_TEXT_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V5_PRO_TEXT_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
