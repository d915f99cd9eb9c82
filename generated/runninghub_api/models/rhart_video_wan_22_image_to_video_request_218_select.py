from typing import Literal

RhartVideoWan22ImageToVideoRequest218Select = Literal[
    "1024×1920", "1280×720", "1920×1024", "480×832", "720×1280", "832×480", "auto"
]

RHART_VIDEO_WAN_22_IMAGE_TO_VIDEO_REQUEST_218_SELECT_VALUES: set[
    RhartVideoWan22ImageToVideoRequest218Select
] = {
    "1024×1920",
    "1280×720",
    "1920×1024",
    "480×832",
    "720×1280",
    "832×480",
    "auto",
}


def check_rhart_video_wan_22_image_to_video_request_218_select(
    value: str,
) -> RhartVideoWan22ImageToVideoRequest218Select:
    if value in RHART_VIDEO_WAN_22_IMAGE_TO_VIDEO_REQUEST_218_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_WAN_22_IMAGE_TO_VIDEO_REQUEST_218_SELECT_VALUES!r}"
    )
