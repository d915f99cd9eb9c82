from typing import Literal

RhartImageFDevLoraRequest104Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

RHART_IMAGE_F_DEV_LORA_REQUEST_104_SELECT_VALUES: set[
    RhartImageFDevLoraRequest104Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_image_f_dev_lora_request_104_select(
    value: str,
) -> RhartImageFDevLoraRequest104Select:
    if value in RHART_IMAGE_F_DEV_LORA_REQUEST_104_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F_DEV_LORA_REQUEST_104_SELECT_VALUES!r}"
    )
