from typing import Literal

AlibabaWan26ImageToVideoFlashRequestResolution = Literal["1080p", "720p"]

ALIBABA_WAN_26_IMAGE_TO_VIDEO_FLASH_REQUEST_RESOLUTION_VALUES: set[
    AlibabaWan26ImageToVideoFlashRequestResolution
] = {
    "1080p",
    "720p",
}


def check_alibaba_wan_26_image_to_video_flash_request_resolution(
    value: str,
) -> AlibabaWan26ImageToVideoFlashRequestResolution:
    if value in ALIBABA_WAN_26_IMAGE_TO_VIDEO_FLASH_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_26_IMAGE_TO_VIDEO_FLASH_REQUEST_RESOLUTION_VALUES!r}"
    )
