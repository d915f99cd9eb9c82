from typing import Literal

AlibabaWan25PreviewImageToImageRequestSize = Literal[
    "1024*1024",
    "1200*800",
    "1280*1280",
    "1280*720",
    "1280*960",
    "1344*576",
    "720*1280",
    "800*1200",
    "960*1280",
]

ALIBABA_WAN_25_PREVIEW_IMAGE_TO_IMAGE_REQUEST_SIZE_VALUES: set[
    AlibabaWan25PreviewImageToImageRequestSize
] = {
    "1024*1024",
    "1200*800",
    "1280*1280",
    "1280*720",
    "1280*960",
    "1344*576",
    "720*1280",
    "800*1200",
    "960*1280",
}


def check_alibaba_wan_25_preview_image_to_image_request_size(
    value: str,
) -> AlibabaWan25PreviewImageToImageRequestSize:
    if value in ALIBABA_WAN_25_PREVIEW_IMAGE_TO_IMAGE_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_25_PREVIEW_IMAGE_TO_IMAGE_REQUEST_SIZE_VALUES!r}"
    )
