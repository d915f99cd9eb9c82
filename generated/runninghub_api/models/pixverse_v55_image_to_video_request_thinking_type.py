from typing import Literal

PixverseV55ImageToVideoRequestThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V55_IMAGE_TO_VIDEO_REQUEST_THINKING_TYPE_VALUES: set[
    PixverseV55ImageToVideoRequestThinkingType
] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v55_image_to_video_request_thinking_type(
    value: str,
) -> PixverseV55ImageToVideoRequestThinkingType:
    if value in PIXVERSE_V55_IMAGE_TO_VIDEO_REQUEST_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_IMAGE_TO_VIDEO_REQUEST_THINKING_TYPE_VALUES!r}"
    )
