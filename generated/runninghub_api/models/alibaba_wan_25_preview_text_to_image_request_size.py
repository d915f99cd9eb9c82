from typing import Literal

AlibabaWan25PreviewTextToImageRequestSize = Literal[
    "1104*1472", "1280*1280", "1472*1104", "1696*960", "960*1696"
]

ALIBABA_WAN_25_PREVIEW_TEXT_TO_IMAGE_REQUEST_SIZE_VALUES: set[
    AlibabaWan25PreviewTextToImageRequestSize
] = {
    "1104*1472",
    "1280*1280",
    "1472*1104",
    "1696*960",
    "960*1696",
}


def check_alibaba_wan_25_preview_text_to_image_request_size(
    value: str,
) -> AlibabaWan25PreviewTextToImageRequestSize:
    if value in ALIBABA_WAN_25_PREVIEW_TEXT_TO_IMAGE_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_25_PREVIEW_TEXT_TO_IMAGE_REQUEST_SIZE_VALUES!r}"
    )
