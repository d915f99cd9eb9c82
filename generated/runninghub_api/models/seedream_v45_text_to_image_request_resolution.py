from typing import Literal

SeedreamV45TextToImageRequestResolution = Literal["2k", "4k"]

SEEDREAM_V45_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES: set[
    SeedreamV45TextToImageRequestResolution
] = {
    "2k",
    "4k",
}


def check_seedream_v45_text_to_image_request_resolution(
    value: str,
) -> SeedreamV45TextToImageRequestResolution:
    if value in SEEDREAM_V45_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V45_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES!r}"
    )
