from typing import Literal

AlibabaWan25PreviewTextToVideoRequestSize = Literal[
    "1080*1920",
    "1088*832",
    "1248*1632",
    "1280*720",
    "1440*1440",
    "1632*1248",
    "1920*1080",
    "480*832",
    "624*624",
    "720*1280",
    "832*1088",
    "832*480",
    "960*960",
]

ALIBABA_WAN_25_PREVIEW_TEXT_TO_VIDEO_REQUEST_SIZE_VALUES: set[
    AlibabaWan25PreviewTextToVideoRequestSize
] = {
    "1080*1920",
    "1088*832",
    "1248*1632",
    "1280*720",
    "1440*1440",
    "1632*1248",
    "1920*1080",
    "480*832",
    "624*624",
    "720*1280",
    "832*1088",
    "832*480",
    "960*960",
}


def check_alibaba_wan_25_preview_text_to_video_request_size(
    value: str,
) -> AlibabaWan25PreviewTextToVideoRequestSize:
    if value in ALIBABA_WAN_25_PREVIEW_TEXT_TO_VIDEO_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_25_PREVIEW_TEXT_TO_VIDEO_REQUEST_SIZE_VALUES!r}"
    )
