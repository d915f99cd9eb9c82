from typing import Literal

AlibabaWan27VideoEditRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

ALIBABA_WAN_27_VIDEO_EDIT_REQUEST_ASPECT_RATIO_VALUES: set[
    AlibabaWan27VideoEditRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_alibaba_wan_27_video_edit_request_aspect_ratio(
    value: str,
) -> AlibabaWan27VideoEditRequestAspectRatio:
    if value in ALIBABA_WAN_27_VIDEO_EDIT_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_27_VIDEO_EDIT_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
