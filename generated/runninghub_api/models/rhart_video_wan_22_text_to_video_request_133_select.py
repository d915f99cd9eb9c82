from typing import Literal

RhartVideoWan22TextToVideoRequest133Select = Literal[
    "1024×1920", "1280×720", "1920×1024", "480×832", "720×1280", "832×480"
]

RHART_VIDEO_WAN_22_TEXT_TO_VIDEO_REQUEST_133_SELECT_VALUES: set[
    RhartVideoWan22TextToVideoRequest133Select
] = {
    "1024×1920",
    "1280×720",
    "1920×1024",
    "480×832",
    "720×1280",
    "832×480",
}


def check_rhart_video_wan_22_text_to_video_request_133_select(
    value: str,
) -> RhartVideoWan22TextToVideoRequest133Select:
    if value in RHART_VIDEO_WAN_22_TEXT_TO_VIDEO_REQUEST_133_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_WAN_22_TEXT_TO_VIDEO_REQUEST_133_SELECT_VALUES!r}"
    )
