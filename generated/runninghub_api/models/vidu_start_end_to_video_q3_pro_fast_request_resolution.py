from typing import Literal

ViduStartEndToVideoQ3ProFastRequestResolution = Literal["1080p", "720p"]

VIDU_START_END_TO_VIDEO_Q3_PRO_FAST_REQUEST_RESOLUTION_VALUES: set[
    ViduStartEndToVideoQ3ProFastRequestResolution
] = {
    "1080p",
    "720p",
}


def check_vidu_start_end_to_video_q3_pro_fast_request_resolution(
    value: str,
) -> ViduStartEndToVideoQ3ProFastRequestResolution:
    if value in VIDU_START_END_TO_VIDEO_Q3_PRO_FAST_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_START_END_TO_VIDEO_Q3_PRO_FAST_REQUEST_RESOLUTION_VALUES!r}"
    )
