from typing import Literal

AlibabaWan27VideoExtendRequestResolution = Literal["1080P", "720P"]

ALIBABA_WAN_27_VIDEO_EXTEND_REQUEST_RESOLUTION_VALUES: set[
    AlibabaWan27VideoExtendRequestResolution
] = {
    "1080P",
    "720P",
}


def check_alibaba_wan_27_video_extend_request_resolution(
    value: str,
) -> AlibabaWan27VideoExtendRequestResolution:
    if value in ALIBABA_WAN_27_VIDEO_EXTEND_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_27_VIDEO_EXTEND_REQUEST_RESOLUTION_VALUES!r}"
    )
