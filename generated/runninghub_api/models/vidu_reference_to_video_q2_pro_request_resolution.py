from typing import Literal

ViduReferenceToVideoQ2ProRequestResolution = Literal["1080p", "540p", "720p"]

VIDU_REFERENCE_TO_VIDEO_Q2_PRO_REQUEST_RESOLUTION_VALUES: set[
    ViduReferenceToVideoQ2ProRequestResolution
] = {
    "1080p",
    "540p",
    "720p",
}


def check_vidu_reference_to_video_q2_pro_request_resolution(
    value: str,
) -> ViduReferenceToVideoQ2ProRequestResolution:
    if value in VIDU_REFERENCE_TO_VIDEO_Q2_PRO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_Q2_PRO_REQUEST_RESOLUTION_VALUES!r}"
    )
