from typing import Literal

AlibabaWan26TextToVideoRequestDuration = Literal["10", "15", "5"]

ALIBABA_WAN_26_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    AlibabaWan26TextToVideoRequestDuration
] = {
    "10",
    "15",
    "5",
}


def check_alibaba_wan_26_text_to_video_request_duration(
    value: str,
) -> AlibabaWan26TextToVideoRequestDuration:
    if value in ALIBABA_WAN_26_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_26_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
