from typing import Literal

AlibabaWan26ImageToVideoRequestResolution = Literal["1080p", "720p"]

ALIBABA_WAN_26_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    AlibabaWan26ImageToVideoRequestResolution
] = {
    "1080p",
    "720p",
}


def check_alibaba_wan_26_image_to_video_request_resolution(
    value: str,
) -> AlibabaWan26ImageToVideoRequestResolution:
    if value in ALIBABA_WAN_26_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_26_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
