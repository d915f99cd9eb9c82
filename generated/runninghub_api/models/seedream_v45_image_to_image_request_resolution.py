from typing import Literal

SeedreamV45ImageToImageRequestResolution = Literal["2k", "4k"]

SEEDREAM_V45_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES: set[
    SeedreamV45ImageToImageRequestResolution
] = {
    "2k",
    "4k",
}


def check_seedream_v45_image_to_image_request_resolution(
    value: str,
) -> SeedreamV45ImageToImageRequestResolution:
    if value in SEEDREAM_V45_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V45_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES!r}"
    )
