from typing import Literal

SeedreamV45ImageToImageRequestSequentialImageGeneration = Literal["auto", "disabled"]

SEEDREAM_V45_IMAGE_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES: set[
    SeedreamV45ImageToImageRequestSequentialImageGeneration
] = {
    "auto",
    "disabled",
}


def check_seedream_v45_image_to_image_request_sequential_image_generation(
    value: str,
) -> SeedreamV45ImageToImageRequestSequentialImageGeneration:
    if value in SEEDREAM_V45_IMAGE_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V45_IMAGE_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES!r}"
    )
