from typing import Literal

AlibabaWan26ReferenceToVideoRequestSize = Literal[
    "1080*1920",
    "1088*832",
    "1248*1632",
    "1280*720",
    "1440*1440",
    "1632*1248",
    "1920*1080",
    "720*1280",
    "832*1088",
    "960*960",
]

ALIBABA_WAN_26_REFERENCE_TO_VIDEO_REQUEST_SIZE_VALUES: set[
    AlibabaWan26ReferenceToVideoRequestSize
] = {
    "1080*1920",
    "1088*832",
    "1248*1632",
    "1280*720",
    "1440*1440",
    "1632*1248",
    "1920*1080",
    "720*1280",
    "832*1088",
    "960*960",
}


def check_alibaba_wan_26_reference_to_video_request_size(
    value: str,
) -> AlibabaWan26ReferenceToVideoRequestSize:
    if value in ALIBABA_WAN_26_REFERENCE_TO_VIDEO_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_26_REFERENCE_TO_VIDEO_REQUEST_SIZE_VALUES!r}"
    )
