from typing import Literal

ViduStartEndToVideoQ3ProRequestResolution = Literal["1080p", "540p", "720p"]

VIDU_START_END_TO_VIDEO_Q3_PRO_REQUEST_RESOLUTION_VALUES: set[
    ViduStartEndToVideoQ3ProRequestResolution
] = {
    "1080p",
    "540p",
    "720p",
}


def check_vidu_start_end_to_video_q3_pro_request_resolution(
    value: str,
) -> ViduStartEndToVideoQ3ProRequestResolution:
    if value in VIDU_START_END_TO_VIDEO_Q3_PRO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_START_END_TO_VIDEO_Q3_PRO_REQUEST_RESOLUTION_VALUES!r}"
    )
