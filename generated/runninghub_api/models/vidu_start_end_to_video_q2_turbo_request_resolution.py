from typing import Literal

ViduStartEndToVideoQ2TurboRequestResolution = Literal["1080p", "540p", "720p"]

VIDU_START_END_TO_VIDEO_Q2_TURBO_REQUEST_RESOLUTION_VALUES: set[
    ViduStartEndToVideoQ2TurboRequestResolution
] = {
    "1080p",
    "540p",
    "720p",
}


def check_vidu_start_end_to_video_q2_turbo_request_resolution(
    value: str,
) -> ViduStartEndToVideoQ2TurboRequestResolution:
    if value in VIDU_START_END_TO_VIDEO_Q2_TURBO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_START_END_TO_VIDEO_Q2_TURBO_REQUEST_RESOLUTION_VALUES!r}"
    )
