from typing import Literal

ViduStartEndToVideoQ2ProFastRequestResolution = Literal["1080p", "720p"]

VIDU_START_END_TO_VIDEO_Q2_PRO_FAST_REQUEST_RESOLUTION_VALUES: set[
    ViduStartEndToVideoQ2ProFastRequestResolution
] = {
    "1080p",
    "720p",
}


def check_vidu_start_end_to_video_q2_pro_fast_request_resolution(
    value: str,
) -> ViduStartEndToVideoQ2ProFastRequestResolution:
    if value in VIDU_START_END_TO_VIDEO_Q2_PRO_FAST_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_START_END_TO_VIDEO_Q2_PRO_FAST_REQUEST_RESOLUTION_VALUES!r}"
    )
