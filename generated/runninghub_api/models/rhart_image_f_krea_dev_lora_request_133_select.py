from typing import Literal

RhartImageFKreaDevLoraRequest133Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

RHART_IMAGE_F_KREA_DEV_LORA_REQUEST_133_SELECT_VALUES: set[
    RhartImageFKreaDevLoraRequest133Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_image_f_krea_dev_lora_request_133_select(
    value: str,
) -> RhartImageFKreaDevLoraRequest133Select:
    if value in RHART_IMAGE_F_KREA_DEV_LORA_REQUEST_133_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F_KREA_DEV_LORA_REQUEST_133_SELECT_VALUES!r}"
    )
