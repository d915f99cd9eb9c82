from typing import Literal

PixverseV55TextToVideoRequestResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V55_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    PixverseV55TextToVideoRequestResolution
] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v55_text_to_video_request_resolution(
    value: str,
) -> PixverseV55TextToVideoRequestResolution:
    if value in PIXVERSE_V55_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
