from typing import Literal

SeedreamV4ImageToImageRequestSequentialImageGeneration = Literal["auto", "disabled"]

SEEDREAM_V4_IMAGE_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES: set[
    SeedreamV4ImageToImageRequestSequentialImageGeneration
] = {
    "auto",
    "disabled",
}


def check_seedream_v4_image_to_image_request_sequential_image_generation(
    value: str,
) -> SeedreamV4ImageToImageRequestSequentialImageGeneration:
    if value in SEEDREAM_V4_IMAGE_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V4_IMAGE_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES!r}"
    )
