from typing import Literal

ViduReferenceToVideoQ3MixRequestResolution = Literal["1080p", "720p"]

VIDU_REFERENCE_TO_VIDEO_Q3_MIX_REQUEST_RESOLUTION_VALUES: set[
    ViduReferenceToVideoQ3MixRequestResolution
] = {
    "1080p",
    "720p",
}


def check_vidu_reference_to_video_q3_mix_request_resolution(
    value: str,
) -> ViduReferenceToVideoQ3MixRequestResolution:
    if value in VIDU_REFERENCE_TO_VIDEO_Q3_MIX_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_Q3_MIX_REQUEST_RESOLUTION_VALUES!r}"
    )
