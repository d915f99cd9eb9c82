from typing import Literal

AlibabaWan27VideoEditRequestResolution = Literal["1080P", "720P"]

ALIBABA_WAN_27_VIDEO_EDIT_REQUEST_RESOLUTION_VALUES: set[
    AlibabaWan27VideoEditRequestResolution
] = {
    "1080P",
    "720P",
}


def check_alibaba_wan_27_video_edit_request_resolution(
    value: str,
) -> AlibabaWan27VideoEditRequestResolution:
    if value in ALIBABA_WAN_27_VIDEO_EDIT_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_27_VIDEO_EDIT_REQUEST_RESOLUTION_VALUES!r}"
    )
