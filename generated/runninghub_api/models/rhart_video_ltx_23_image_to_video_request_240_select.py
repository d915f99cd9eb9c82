from typing import Literal

RhartVideoLtx23ImageToVideoRequest240Select = Literal["16:9", "9:16"]

RHART_VIDEO_LTX_23_IMAGE_TO_VIDEO_REQUEST_240_SELECT_VALUES: set[
    RhartVideoLtx23ImageToVideoRequest240Select
] = {
    "16:9",
    "9:16",
}


def check_rhart_video_ltx_23_image_to_video_request_240_select(
    value: str,
) -> RhartVideoLtx23ImageToVideoRequest240Select:
    if value in RHART_VIDEO_LTX_23_IMAGE_TO_VIDEO_REQUEST_240_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_LTX_23_IMAGE_TO_VIDEO_REQUEST_240_SELECT_VALUES!r}"
    )
