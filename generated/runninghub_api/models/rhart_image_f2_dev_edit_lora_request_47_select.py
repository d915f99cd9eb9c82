from typing import Literal

RhartImageF2DevEditLoraRequest47Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "auto", "custom"
]

RHART_IMAGE_F2_DEV_EDIT_LORA_REQUEST_47_SELECT_VALUES: set[
    RhartImageF2DevEditLoraRequest47Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "auto",
    "custom",
}


def check_rhart_image_f2_dev_edit_lora_request_47_select(
    value: str,
) -> RhartImageF2DevEditLoraRequest47Select:
    if value in RHART_IMAGE_F2_DEV_EDIT_LORA_REQUEST_47_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_F2_DEV_EDIT_LORA_REQUEST_47_SELECT_VALUES!r}"
    )
