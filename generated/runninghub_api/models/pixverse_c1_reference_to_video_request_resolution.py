from typing import Literal

PixverseC1ReferenceToVideoRequestResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_C1_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    PixverseC1ReferenceToVideoRequestResolution
] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_c1_reference_to_video_request_resolution(
    value: str,
) -> PixverseC1ReferenceToVideoRequestResolution:
    if value in PIXVERSE_C1_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_C1_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
