from typing import Literal

SeedreamV5LiteImageToImageRequestSequentialImageGeneration = Literal["auto", "disabled"]

SEEDREAM_V5_LITE_IMAGE_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES: set[
    SeedreamV5LiteImageToImageRequestSequentialImageGeneration
] = {
    "auto",
    "disabled",
}


def check_seedream_v5_lite_image_to_image_request_sequential_image_generation(
    value: str,
) -> SeedreamV5LiteImageToImageRequestSequentialImageGeneration:
    if (
        value
        in SEEDREAM_V5_LITE_IMAGE_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V5_LITE_IMAGE_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES!r}"
    )
