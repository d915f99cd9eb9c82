from typing import Literal

AlibabaWan27ImageToVideoRequestResolution = Literal["1080P", "720P"]

ALIBABA_WAN_27_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    AlibabaWan27ImageToVideoRequestResolution
] = {
    "1080P",
    "720P",
}


def check_alibaba_wan_27_image_to_video_request_resolution(
    value: str,
) -> AlibabaWan27ImageToVideoRequestResolution:
    if value in ALIBABA_WAN_27_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_27_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
