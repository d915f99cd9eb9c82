from typing import Literal

AlibabaWan26TextToVideoRequestShotType = Literal["multi", "single"]

ALIBABA_WAN_26_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES: set[
    AlibabaWan26TextToVideoRequestShotType
] = {
    "multi",
    "single",
}


def check_alibaba_wan_26_text_to_video_request_shot_type(
    value: str,
) -> AlibabaWan26TextToVideoRequestShotType:
    if value in ALIBABA_WAN_26_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_26_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES!r}"
    )
