from typing import Literal

AlibabaQwenImage20ImageEditRequestSize = Literal[
    "1024*1024",
    "1024*1536",
    "1080*1440",
    "1080*1920",
    "1152*768",
    "1280*720",
    "1280*960",
    "1344*576",
    "1440*1080",
    "1536*1024",
    "1536*1536",
    "1920*1080",
    "2048*872",
    "720*1280",
    "768*1152",
    "960*1280",
]

ALIBABA_QWEN_IMAGE_20_IMAGE_EDIT_REQUEST_SIZE_VALUES: set[
    AlibabaQwenImage20ImageEditRequestSize
] = {
    "1024*1024",
    "1024*1536",
    "1080*1440",
    "1080*1920",
    "1152*768",
    "1280*720",
    "1280*960",
    "1344*576",
    "1440*1080",
    "1536*1024",
    "1536*1536",
    "1920*1080",
    "2048*872",
    "720*1280",
    "768*1152",
    "960*1280",
}


def check_alibaba_qwen_image_20_image_edit_request_size(
    value: str,
) -> AlibabaQwenImage20ImageEditRequestSize:
    if value in ALIBABA_QWEN_IMAGE_20_IMAGE_EDIT_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_QWEN_IMAGE_20_IMAGE_EDIT_REQUEST_SIZE_VALUES!r}"
    )
