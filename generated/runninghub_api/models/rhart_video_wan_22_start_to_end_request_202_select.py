from typing import Literal

RhartVideoWan22StartToEndRequest202Select = Literal["5", "8"]

RHART_VIDEO_WAN_22_START_TO_END_REQUEST_202_SELECT_VALUES: set[
    RhartVideoWan22StartToEndRequest202Select
] = {
    "5",
    "8",
}


def check_rhart_video_wan_22_start_to_end_request_202_select(
    value: str,
) -> RhartVideoWan22StartToEndRequest202Select:
    if value in RHART_VIDEO_WAN_22_START_TO_END_REQUEST_202_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_WAN_22_START_TO_END_REQUEST_202_SELECT_VALUES!r}"
    )
