from typing import Literal

ViduReferenceToVideoQ3AdRequestResolution = Literal["1080p", "720p"]

VIDU_REFERENCE_TO_VIDEO_Q3_AD_REQUEST_RESOLUTION_VALUES: set[
    ViduReferenceToVideoQ3AdRequestResolution
] = {
    "1080p",
    "720p",
}


def check_vidu_reference_to_video_q3_ad_request_resolution(
    value: str,
) -> ViduReferenceToVideoQ3AdRequestResolution:
    if value in VIDU_REFERENCE_TO_VIDEO_Q3_AD_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_Q3_AD_REQUEST_RESOLUTION_VALUES!r}"
    )
