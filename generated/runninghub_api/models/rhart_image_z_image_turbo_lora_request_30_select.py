from typing import Literal

RhartImageZImageTurboLoraRequest30Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

RHART_IMAGE_Z_IMAGE_TURBO_LORA_REQUEST_30_SELECT_VALUES: set[
    RhartImageZImageTurboLoraRequest30Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_image_z_image_turbo_lora_request_30_select(
    value: str,
) -> RhartImageZImageTurboLoraRequest30Select:
    if value in RHART_IMAGE_Z_IMAGE_TURBO_LORA_REQUEST_30_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_Z_IMAGE_TURBO_LORA_REQUEST_30_SELECT_VALUES!r}"
    )
