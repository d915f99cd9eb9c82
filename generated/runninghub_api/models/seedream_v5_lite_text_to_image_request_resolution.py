from typing import Literal

SeedreamV5LiteTextToImageRequestResolution = Literal["2k", "3k"]

SEEDREAM_V5_LITE_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES: set[
    SeedreamV5LiteTextToImageRequestResolution
] = {
    "2k",
    "3k",
}


def check_seedream_v5_lite_text_to_image_request_resolution(
    value: str,
) -> SeedreamV5LiteTextToImageRequestResolution:
    if value in SEEDREAM_V5_LITE_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V5_LITE_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES!r}"
    )
