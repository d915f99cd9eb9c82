from typing import Literal

RhartVideoLtx23TextToVideoRequest247Select = Literal["1080p", "480p", "720p"]

RHART_VIDEO_LTX_23_TEXT_TO_VIDEO_REQUEST_247_SELECT_VALUES: set[
    RhartVideoLtx23TextToVideoRequest247Select
] = {
    "1080p",
    "480p",
    "720p",
}


def check_rhart_video_ltx_23_text_to_video_request_247_select(
    value: str,
) -> RhartVideoLtx23TextToVideoRequest247Select:
    if value in RHART_VIDEO_LTX_23_TEXT_TO_VIDEO_REQUEST_247_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_LTX_23_TEXT_TO_VIDEO_REQUEST_247_SELECT_VALUES!r}"
    )
