from typing import Literal

AlibabaHappyhorse10ReferenceToVideoRequestResolution = Literal["1080p", "720p"]

ALIBABA_HAPPYHORSE_10_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    AlibabaHappyhorse10ReferenceToVideoRequestResolution
] = {
    "1080p",
    "720p",
}


def check_alibaba_happyhorse_10_reference_to_video_request_resolution(
    value: str,
) -> AlibabaHappyhorse10ReferenceToVideoRequestResolution:
    if value in ALIBABA_HAPPYHORSE_10_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPYHORSE_10_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
