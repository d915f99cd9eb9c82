from typing import Literal

ImageEnhanceHypirUltraRequestCreativityLevel = Literal["0", "1", "2", "3", "4"]

IMAGE_ENHANCE_HYPIR_ULTRA_REQUEST_CREATIVITY_LEVEL_VALUES: set[
    ImageEnhanceHypirUltraRequestCreativityLevel
] = {
    "0",
    "1",
    "2",
    "3",
    "4",
}


def check_image_enhance_hypir_ultra_request_creativity_level(
    value: str,
) -> ImageEnhanceHypirUltraRequestCreativityLevel:
    if value in IMAGE_ENHANCE_HYPIR_ULTRA_REQUEST_CREATIVITY_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_ENHANCE_HYPIR_ULTRA_REQUEST_CREATIVITY_LEVEL_VALUES!r}"
    )
