from typing import Literal

AlibabaHappyhorse10ImageToVideoRequestResolution = Literal["1080p", "720p"]

ALIBABA_HAPPYHORSE_10_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    AlibabaHappyhorse10ImageToVideoRequestResolution
] = {
    "1080p",
    "720p",
}


def check_alibaba_happyhorse_10_image_to_video_request_resolution(
    value: str,
) -> AlibabaHappyhorse10ImageToVideoRequestResolution:
    if value in ALIBABA_HAPPYHORSE_10_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPYHORSE_10_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
