from typing import Literal

ViduTextToVideoRequestStyle = Literal["anime", "general"]

VIDU_TEXT_TO_VIDEO_REQUEST_STYLE_VALUES: set[ViduTextToVideoRequestStyle] = {
    "anime",
    "general",
}


def check_vidu_text_to_video_request_style(value: str) -> ViduTextToVideoRequestStyle:
    if value in VIDU_TEXT_TO_VIDEO_REQUEST_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_TEXT_TO_VIDEO_REQUEST_STYLE_VALUES!r}"
    )
