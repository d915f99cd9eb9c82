from typing import Literal

AlibabaQwenImage30ProImageEditRequestSize = Literal[
    "1024*1024",
    "1024*576",
    "1024*768",
    "1152*2048",
    "1152*768",
    "1280*1920",
    "1536*2048",
    "1600*1600",
    "1792*1344",
    "1920*1280",
    "2048*1152",
    "576*1024",
    "768*1024",
    "768*1152",
]

ALIBABA_QWEN_IMAGE_30_PRO_IMAGE_EDIT_REQUEST_SIZE_VALUES: set[
    AlibabaQwenImage30ProImageEditRequestSize
] = {
    "1024*1024",
    "1024*576",
    "1024*768",
    "1152*2048",
    "1152*768",
    "1280*1920",
    "1536*2048",
    "1600*1600",
    "1792*1344",
    "1920*1280",
    "2048*1152",
    "576*1024",
    "768*1024",
    "768*1152",
}


def check_alibaba_qwen_image_30_pro_image_edit_request_size(
    value: str,
) -> AlibabaQwenImage30ProImageEditRequestSize:
    if value in ALIBABA_QWEN_IMAGE_30_PRO_IMAGE_EDIT_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_QWEN_IMAGE_30_PRO_IMAGE_EDIT_REQUEST_SIZE_VALUES!r}"
    )
