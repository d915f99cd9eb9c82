from typing import Literal

SeedreamV4TextToImageRequestSequentialImageGeneration = Literal["auto", "disabled"]

SEEDREAM_V4_TEXT_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES: set[
    SeedreamV4TextToImageRequestSequentialImageGeneration
] = {
    "auto",
    "disabled",
}


def check_seedream_v4_text_to_image_request_sequential_image_generation(
    value: str,
) -> SeedreamV4TextToImageRequestSequentialImageGeneration:
    if value in SEEDREAM_V4_TEXT_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V4_TEXT_TO_IMAGE_REQUEST_SEQUENTIAL_IMAGE_GENERATION_VALUES!r}"
    )
