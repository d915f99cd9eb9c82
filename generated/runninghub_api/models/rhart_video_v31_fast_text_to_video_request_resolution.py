from typing import Literal

RhartVideoV31FastTextToVideoRequestResolution = Literal["1080p", "4k", "720p"]

RHART_VIDEO_V31_FAST_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoV31FastTextToVideoRequestResolution
] = {
    "1080p",
    "4k",
    "720p",
}


def check_rhart_video_v31_fast_text_to_video_request_resolution(
    value: str,
) -> RhartVideoV31FastTextToVideoRequestResolution:
    if value in RHART_VIDEO_V31_FAST_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_FAST_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
