from typing import Literal

AlibabaWan27ReferenceToVideoRequestResolution = Literal["1080P", "720P"]

ALIBABA_WAN_27_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    AlibabaWan27ReferenceToVideoRequestResolution
] = {
    "1080P",
    "720P",
}


def check_alibaba_wan_27_reference_to_video_request_resolution(
    value: str,
) -> AlibabaWan27ReferenceToVideoRequestResolution:
    if value in ALIBABA_WAN_27_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_27_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
