from typing import Literal

ViduImageToVideoQ3TurboRequestResolution = Literal["1080p", "540p", "720p"]

VIDU_IMAGE_TO_VIDEO_Q3_TURBO_REQUEST_RESOLUTION_VALUES: set[
    ViduImageToVideoQ3TurboRequestResolution
] = {
    "1080p",
    "540p",
    "720p",
}


def check_vidu_image_to_video_q3_turbo_request_resolution(
    value: str,
) -> ViduImageToVideoQ3TurboRequestResolution:
    if value in VIDU_IMAGE_TO_VIDEO_Q3_TURBO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_IMAGE_TO_VIDEO_Q3_TURBO_REQUEST_RESOLUTION_VALUES!r}"
    )
