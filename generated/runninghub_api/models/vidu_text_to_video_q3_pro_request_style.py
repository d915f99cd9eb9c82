from typing import Literal

ViduTextToVideoQ3ProRequestStyle = Literal["anime", "general"]

VIDU_TEXT_TO_VIDEO_Q3_PRO_REQUEST_STYLE_VALUES: set[
    ViduTextToVideoQ3ProRequestStyle
] = {
    "anime",
    "general",
}


def check_vidu_text_to_video_q3_pro_request_style(
    value: str,
) -> ViduTextToVideoQ3ProRequestStyle:
    if value in VIDU_TEXT_TO_VIDEO_Q3_PRO_REQUEST_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_TEXT_TO_VIDEO_Q3_PRO_REQUEST_STYLE_VALUES!r}"
    )
