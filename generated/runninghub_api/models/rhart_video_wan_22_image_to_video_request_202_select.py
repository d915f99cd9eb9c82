from typing import Literal

RhartVideoWan22ImageToVideoRequest202Select = Literal["5", "8"]

RHART_VIDEO_WAN_22_IMAGE_TO_VIDEO_REQUEST_202_SELECT_VALUES: set[
    RhartVideoWan22ImageToVideoRequest202Select
] = {
    "5",
    "8",
}


def check_rhart_video_wan_22_image_to_video_request_202_select(
    value: str,
) -> RhartVideoWan22ImageToVideoRequest202Select:
    if value in RHART_VIDEO_WAN_22_IMAGE_TO_VIDEO_REQUEST_202_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_WAN_22_IMAGE_TO_VIDEO_REQUEST_202_SELECT_VALUES!r}"
    )
