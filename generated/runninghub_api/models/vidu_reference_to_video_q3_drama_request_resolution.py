from typing import Literal

ViduReferenceToVideoQ3DramaRequestResolution = Literal["1080p"]

VIDU_REFERENCE_TO_VIDEO_Q3_DRAMA_REQUEST_RESOLUTION_VALUES: set[
    ViduReferenceToVideoQ3DramaRequestResolution
] = {
    "1080p",
}


def check_vidu_reference_to_video_q3_drama_request_resolution(
    value: str,
) -> ViduReferenceToVideoQ3DramaRequestResolution:
    if value in VIDU_REFERENCE_TO_VIDEO_Q3_DRAMA_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_Q3_DRAMA_REQUEST_RESOLUTION_VALUES!r}"
    )
