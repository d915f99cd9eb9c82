from typing import Literal

ViduTextToVideoQ3ProRequestResolution = Literal["1080p", "360p", "540p", "720p"]

VIDU_TEXT_TO_VIDEO_Q3_PRO_REQUEST_RESOLUTION_VALUES: set[
    ViduTextToVideoQ3ProRequestResolution
] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_vidu_text_to_video_q3_pro_request_resolution(
    value: str,
) -> ViduTextToVideoQ3ProRequestResolution:
    if value in VIDU_TEXT_TO_VIDEO_Q3_PRO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_TEXT_TO_VIDEO_Q3_PRO_REQUEST_RESOLUTION_VALUES!r}"
    )
