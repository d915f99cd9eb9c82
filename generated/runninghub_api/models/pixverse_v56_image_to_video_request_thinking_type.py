from typing import Literal

PixverseV56ImageToVideoRequestThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V56_IMAGE_TO_VIDEO_REQUEST_THINKING_TYPE_VALUES: set[
    PixverseV56ImageToVideoRequestThinkingType
] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v56_image_to_video_request_thinking_type(
    value: str,
) -> PixverseV56ImageToVideoRequestThinkingType:
    if value in PIXVERSE_V56_IMAGE_TO_VIDEO_REQUEST_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_IMAGE_TO_VIDEO_REQUEST_THINKING_TYPE_VALUES!r}"
    )
