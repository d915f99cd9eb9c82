from typing import Literal

RhartImageZImageTurboImageToImageLoraRequest41Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

RHART_IMAGE_Z_IMAGE_TURBO_IMAGE_TO_IMAGE_LORA_REQUEST_41_SELECT_VALUES: set[
    RhartImageZImageTurboImageToImageLoraRequest41Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_image_z_image_turbo_image_to_image_lora_request_41_select(
    value: str,
) -> RhartImageZImageTurboImageToImageLoraRequest41Select:
    if value in RHART_IMAGE_Z_IMAGE_TURBO_IMAGE_TO_IMAGE_LORA_REQUEST_41_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_Z_IMAGE_TURBO_IMAGE_TO_IMAGE_LORA_REQUEST_41_SELECT_VALUES!r}"
    )
