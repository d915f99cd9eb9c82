from typing import Literal

AlibabaWan26ImageToVideoFlashRequestShotType = Literal["multi", "single"]

ALIBABA_WAN_26_IMAGE_TO_VIDEO_FLASH_REQUEST_SHOT_TYPE_VALUES: set[
    AlibabaWan26ImageToVideoFlashRequestShotType
] = {
    "multi",
    "single",
}


def check_alibaba_wan_26_image_to_video_flash_request_shot_type(
    value: str,
) -> AlibabaWan26ImageToVideoFlashRequestShotType:
    if value in ALIBABA_WAN_26_IMAGE_TO_VIDEO_FLASH_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_26_IMAGE_TO_VIDEO_FLASH_REQUEST_SHOT_TYPE_VALUES!r}"
    )
