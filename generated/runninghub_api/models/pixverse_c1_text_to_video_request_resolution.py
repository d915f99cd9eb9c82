from typing import Literal

PixverseC1TextToVideoRequestResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_C1_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    PixverseC1TextToVideoRequestResolution
] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_c1_text_to_video_request_resolution(
    value: str,
) -> PixverseC1TextToVideoRequestResolution:
    if value in PIXVERSE_C1_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_C1_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
