from typing import Literal

RhartVideoWan22ImageToImageRequest267Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "auto", "custom"
]

RHART_VIDEO_WAN_22_IMAGE_TO_IMAGE_REQUEST_267_SELECT_VALUES: set[
    RhartVideoWan22ImageToImageRequest267Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "auto",
    "custom",
}


def check_rhart_video_wan_22_image_to_image_request_267_select(
    value: str,
) -> RhartVideoWan22ImageToImageRequest267Select:
    if value in RHART_VIDEO_WAN_22_IMAGE_TO_IMAGE_REQUEST_267_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_WAN_22_IMAGE_TO_IMAGE_REQUEST_267_SELECT_VALUES!r}"
    )
