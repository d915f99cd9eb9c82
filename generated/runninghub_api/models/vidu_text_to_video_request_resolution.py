from typing import Literal

ViduTextToVideoRequestResolution = Literal["1080p", "540p", "720p"]

VIDU_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[ViduTextToVideoRequestResolution] = {
    "1080p",
    "540p",
    "720p",
}


def check_vidu_text_to_video_request_resolution(
    value: str,
) -> ViduTextToVideoRequestResolution:
    if value in VIDU_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
