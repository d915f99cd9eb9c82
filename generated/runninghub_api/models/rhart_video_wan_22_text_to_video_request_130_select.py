from typing import Literal

RhartVideoWan22TextToVideoRequest130Select = Literal["5", "8"]

RHART_VIDEO_WAN_22_TEXT_TO_VIDEO_REQUEST_130_SELECT_VALUES: set[
    RhartVideoWan22TextToVideoRequest130Select
] = {
    "5",
    "8",
}


def check_rhart_video_wan_22_text_to_video_request_130_select(
    value: str,
) -> RhartVideoWan22TextToVideoRequest130Select:
    if value in RHART_VIDEO_WAN_22_TEXT_TO_VIDEO_REQUEST_130_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_WAN_22_TEXT_TO_VIDEO_REQUEST_130_SELECT_VALUES!r}"
    )
