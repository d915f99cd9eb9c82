from typing import Literal

SeedreamV4TextToImageRequestResolution = Literal["1k", "2k", "4k"]

SEEDREAM_V4_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES: set[
    SeedreamV4TextToImageRequestResolution
] = {
    "1k",
    "2k",
    "4k",
}


def check_seedream_v4_text_to_image_request_resolution(
    value: str,
) -> SeedreamV4TextToImageRequestResolution:
    if value in SEEDREAM_V4_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V4_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES!r}"
    )
