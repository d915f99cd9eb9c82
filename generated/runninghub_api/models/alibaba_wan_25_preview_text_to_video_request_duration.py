from typing import Literal

AlibabaWan25PreviewTextToVideoRequestDuration = Literal["10", "5"]

ALIBABA_WAN_25_PREVIEW_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    AlibabaWan25PreviewTextToVideoRequestDuration
] = {
    "10",
    "5",
}


def check_alibaba_wan_25_preview_text_to_video_request_duration(
    value: str,
) -> AlibabaWan25PreviewTextToVideoRequestDuration:
    if value in ALIBABA_WAN_25_PREVIEW_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_25_PREVIEW_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
