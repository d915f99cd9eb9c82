from typing import Literal

AlibabaWan26TextToVideoRequestResolution = Literal[
    "1080*1920", "1280*720", "1920*1080", "720*1280"
]

ALIBABA_WAN_26_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    AlibabaWan26TextToVideoRequestResolution
] = {
    "1080*1920",
    "1280*720",
    "1920*1080",
    "720*1280",
}


def check_alibaba_wan_26_text_to_video_request_resolution(
    value: str,
) -> AlibabaWan26TextToVideoRequestResolution:
    if value in ALIBABA_WAN_26_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_26_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
