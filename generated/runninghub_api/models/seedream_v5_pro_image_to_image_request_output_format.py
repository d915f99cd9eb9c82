from typing import Literal

SeedreamV5ProImageToImageRequestOutputFormat = Literal["jpeg", "png"]

SEEDREAM_V5_PRO_IMAGE_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES: set[
    SeedreamV5ProImageToImageRequestOutputFormat
] = {
    "jpeg",
    "png",
}


def check_seedream_v5_pro_image_to_image_request_output_format(
    value: str,
) -> SeedreamV5ProImageToImageRequestOutputFormat:
    if value in SEEDREAM_V5_PRO_IMAGE_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V5_PRO_IMAGE_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
