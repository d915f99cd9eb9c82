from typing import Literal

ViduReferenceToVideoQ2RequestResolution = Literal["1080p", "540p", "720p"]

VIDU_REFERENCE_TO_VIDEO_Q2_REQUEST_RESOLUTION_VALUES: set[
    ViduReferenceToVideoQ2RequestResolution
] = {
    "1080p",
    "540p",
    "720p",
}


def check_vidu_reference_to_video_q2_request_resolution(
    value: str,
) -> ViduReferenceToVideoQ2RequestResolution:
    if value in VIDU_REFERENCE_TO_VIDEO_Q2_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_Q2_REQUEST_RESOLUTION_VALUES!r}"
    )
