from typing import Literal

ViduStartEndToVideoQ3TurboRequestResolution = Literal["1080p", "540p", "720p"]

VIDU_START_END_TO_VIDEO_Q3_TURBO_REQUEST_RESOLUTION_VALUES: set[
    ViduStartEndToVideoQ3TurboRequestResolution
] = {
    "1080p",
    "540p",
    "720p",
}


def check_vidu_start_end_to_video_q3_turbo_request_resolution(
    value: str,
) -> ViduStartEndToVideoQ3TurboRequestResolution:
    if value in VIDU_START_END_TO_VIDEO_Q3_TURBO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_START_END_TO_VIDEO_Q3_TURBO_REQUEST_RESOLUTION_VALUES!r}"
    )
