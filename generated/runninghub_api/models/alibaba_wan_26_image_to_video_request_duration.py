from typing import Literal

AlibabaWan26ImageToVideoRequestDuration = Literal["10", "15", "5"]

ALIBABA_WAN_26_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    AlibabaWan26ImageToVideoRequestDuration
] = {
    "10",
    "15",
    "5",
}


def check_alibaba_wan_26_image_to_video_request_duration(
    value: str,
) -> AlibabaWan26ImageToVideoRequestDuration:
    if value in ALIBABA_WAN_26_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_26_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
