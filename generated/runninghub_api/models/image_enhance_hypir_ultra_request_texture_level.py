from typing import Literal

ImageEnhanceHypirUltraRequestTextureLevel = Literal["1", "2", "3", "4", "5", "6", "7"]

IMAGE_ENHANCE_HYPIR_ULTRA_REQUEST_TEXTURE_LEVEL_VALUES: set[
    ImageEnhanceHypirUltraRequestTextureLevel
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
}


def check_image_enhance_hypir_ultra_request_texture_level(
    value: str,
) -> ImageEnhanceHypirUltraRequestTextureLevel:
    if value in IMAGE_ENHANCE_HYPIR_ULTRA_REQUEST_TEXTURE_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_ENHANCE_HYPIR_ULTRA_REQUEST_TEXTURE_LEVEL_VALUES!r}"
    )
