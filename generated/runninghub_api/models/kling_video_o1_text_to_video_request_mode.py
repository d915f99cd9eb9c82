from typing import Literal

KlingVideoO1TextToVideoRequestMode = Literal["pro", "std"]

KLING_VIDEO_O1_TEXT_TO_VIDEO_REQUEST_MODE_VALUES: set[
    KlingVideoO1TextToVideoRequestMode
] = {
    "pro",
    "std",
}


def check_kling_video_o1_text_to_video_request_mode(
    value: str,
) -> KlingVideoO1TextToVideoRequestMode:
    if value in KLING_VIDEO_O1_TEXT_TO_VIDEO_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_TEXT_TO_VIDEO_REQUEST_MODE_VALUES!r}"
    )
