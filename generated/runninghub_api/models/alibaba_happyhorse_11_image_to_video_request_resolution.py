from typing import Literal

AlibabaHappyhorse11ImageToVideoRequestResolution = Literal["1080p", "720p"]

ALIBABA_HAPPYHORSE_11_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    AlibabaHappyhorse11ImageToVideoRequestResolution
] = {
    "1080p",
    "720p",
}


def check_alibaba_happyhorse_11_image_to_video_request_resolution(
    value: str,
) -> AlibabaHappyhorse11ImageToVideoRequestResolution:
    if value in ALIBABA_HAPPYHORSE_11_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPYHORSE_11_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
