from typing import Literal

SeedreamV4ImageToImageRequestResolution = Literal["1k", "2k", "4k"]

SEEDREAM_V4_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES: set[
    SeedreamV4ImageToImageRequestResolution
] = {
    "1k",
    "2k",
    "4k",
}


def check_seedream_v4_image_to_image_request_resolution(
    value: str,
) -> SeedreamV4ImageToImageRequestResolution:
    if value in SEEDREAM_V4_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V4_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES!r}"
    )
