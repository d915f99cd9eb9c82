from typing import Literal

AlibabaWan27SpicyImageToVideoRequestResolution = Literal["1080p", "720p"]

ALIBABA_WAN_27_SPICY_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    AlibabaWan27SpicyImageToVideoRequestResolution
] = {
    "1080p",
    "720p",
}


def check_alibaba_wan_27_spicy_image_to_video_request_resolution(
    value: str,
) -> AlibabaWan27SpicyImageToVideoRequestResolution:
    if value in ALIBABA_WAN_27_SPICY_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_27_SPICY_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
