from typing import Literal

ViduTextToVideoQ3TurboRequestStyle = Literal["anime", "general"]

VIDU_TEXT_TO_VIDEO_Q3_TURBO_REQUEST_STYLE_VALUES: set[
    ViduTextToVideoQ3TurboRequestStyle
] = {
    "anime",
    "general",
}


def check_vidu_text_to_video_q3_turbo_request_style(
    value: str,
) -> ViduTextToVideoQ3TurboRequestStyle:
    if value in VIDU_TEXT_TO_VIDEO_Q3_TURBO_REQUEST_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_TEXT_TO_VIDEO_Q3_TURBO_REQUEST_STYLE_VALUES!r}"
    )
