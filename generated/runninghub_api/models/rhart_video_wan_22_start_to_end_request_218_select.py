from typing import Literal

RhartVideoWan22StartToEndRequest218Select = Literal[
    "1024×1920", "1280×720", "1920×1024", "480×832", "720×1280", "832×480", "auto"
]

RHART_VIDEO_WAN_22_START_TO_END_REQUEST_218_SELECT_VALUES: set[
    RhartVideoWan22StartToEndRequest218Select
] = {
    "1024×1920",
    "1280×720",
    "1920×1024",
    "480×832",
    "720×1280",
    "832×480",
    "auto",
}


def check_rhart_video_wan_22_start_to_end_request_218_select(
    value: str,
) -> RhartVideoWan22StartToEndRequest218Select:
    if value in RHART_VIDEO_WAN_22_START_TO_END_REQUEST_218_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_WAN_22_START_TO_END_REQUEST_218_SELECT_VALUES!r}"
    )
