from typing import Literal

PixverseV56TextToVideoRequestThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_THINKING_TYPE_VALUES: set[
    PixverseV56TextToVideoRequestThinkingType
] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v56_text_to_video_request_thinking_type(
    value: str,
) -> PixverseV56TextToVideoRequestThinkingType:
    if value in PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_THINKING_TYPE_VALUES!r}"
    )
