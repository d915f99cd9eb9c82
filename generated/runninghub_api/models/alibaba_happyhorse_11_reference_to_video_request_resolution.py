from typing import Literal

AlibabaHappyhorse11ReferenceToVideoRequestResolution = Literal["1080p", "720p"]

ALIBABA_HAPPYHORSE_11_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    AlibabaHappyhorse11ReferenceToVideoRequestResolution
] = {
    "1080p",
    "720p",
}


def check_alibaba_happyhorse_11_reference_to_video_request_resolution(
    value: str,
) -> AlibabaHappyhorse11ReferenceToVideoRequestResolution:
    if value in ALIBABA_HAPPYHORSE_11_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPYHORSE_11_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
