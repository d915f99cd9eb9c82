from typing import Literal

AlibabaHappyhorse10VideoEditRequestResolution = Literal["1080p", "720p"]

ALIBABA_HAPPYHORSE_10_VIDEO_EDIT_REQUEST_RESOLUTION_VALUES: set[
    AlibabaHappyhorse10VideoEditRequestResolution
] = {
    "1080p",
    "720p",
}


def check_alibaba_happyhorse_10_video_edit_request_resolution(
    value: str,
) -> AlibabaHappyhorse10VideoEditRequestResolution:
    if value in ALIBABA_HAPPYHORSE_10_VIDEO_EDIT_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPYHORSE_10_VIDEO_EDIT_REQUEST_RESOLUTION_VALUES!r}"
    )
