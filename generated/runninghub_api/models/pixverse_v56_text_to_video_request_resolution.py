from typing import Literal

PixverseV56TextToVideoRequestResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    PixverseV56TextToVideoRequestResolution
] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v56_text_to_video_request_resolution(
    value: str,
) -> PixverseV56TextToVideoRequestResolution:
    if value in PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
