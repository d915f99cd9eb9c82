from typing import Literal

SeedreamV5LiteTextToImageRequestSequentialImageGeneration = Literal["auto", "disabled"]

SEEDREAM_V5_LITE_TEXT_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES: set[
    SeedreamV5LiteTextToImageRequestSequentialImageGeneration
] = {
    "auto",
    "disabled",
}


def check_seedream_v5_lite_text_to_image_request_sequential_image_generation(
    value: str,
) -> SeedreamV5LiteTextToImageRequestSequentialImageGeneration:
    if (
        value
        in SEEDREAM_V5_LITE_TEXT_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V5_LITE_TEXT_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES!r}"
    )
