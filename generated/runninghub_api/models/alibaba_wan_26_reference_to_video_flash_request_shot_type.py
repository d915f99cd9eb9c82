from typing import Literal

AlibabaWan26ReferenceToVideoFlashRequestShotType = Literal["multi", "single"]

ALIBABA_WAN_26_REFERENCE_TO_VIDEO_FLASH_REQUEST_SHOT_TYPE_VALUES: set[
    AlibabaWan26ReferenceToVideoFlashRequestShotType
] = {
    "multi",
    "single",
}


def check_alibaba_wan_26_reference_to_video_flash_request_shot_type(
    value: str,
) -> AlibabaWan26ReferenceToVideoFlashRequestShotType:
    if value in ALIBABA_WAN_26_REFERENCE_TO_VIDEO_FLASH_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_26_REFERENCE_TO_VIDEO_FLASH_REQUEST_SHOT_TYPE_VALUES!r}"
    )
