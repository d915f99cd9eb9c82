from typing import Literal

RhartVideoFKontextDevLoraRequest16FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_VIDEO_F_KONTEXT_DEV_LORA_REQUEST_16_FILE_TYPE_VALUES: set[
    RhartVideoFKontextDevLoraRequest16FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_video_f_kontext_dev_lora_request_16_file_type(
    value: str,
) -> RhartVideoFKontextDevLoraRequest16FileType:
    if value in RHART_VIDEO_F_KONTEXT_DEV_LORA_REQUEST_16_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_F_KONTEXT_DEV_LORA_REQUEST_16_FILE_TYPE_VALUES!r}"
    )
