from typing import Literal

SeedreamV5LiteImageToImageRequestResolution = Literal["2k", "3k"]

SEEDREAM_V5_LITE_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES: set[
    SeedreamV5LiteImageToImageRequestResolution
] = {
    "2k",
    "3k",
}


def check_seedream_v5_lite_image_to_image_request_resolution(
    value: str,
) -> SeedreamV5LiteImageToImageRequestResolution:
    if value in SEEDREAM_V5_LITE_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V5_LITE_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES!r}"
    )
