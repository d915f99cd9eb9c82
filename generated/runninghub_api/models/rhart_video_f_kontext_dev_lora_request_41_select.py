from typing import Literal

RhartVideoFKontextDevLoraRequest41Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "auto", "custom"
]

RHART_VIDEO_F_KONTEXT_DEV_LORA_REQUEST_41_SELECT_VALUES: set[
    RhartVideoFKontextDevLoraRequest41Select
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


def check_rhart_video_f_kontext_dev_lora_request_41_select(
    value: str,
) -> RhartVideoFKontextDevLoraRequest41Select:
    if value in RHART_VIDEO_F_KONTEXT_DEV_LORA_REQUEST_41_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_F_KONTEXT_DEV_LORA_REQUEST_41_SELECT_VALUES!r}"
    )
