from typing import Literal

ViduImageToVideoQ2TurboRequestResolution = Literal["1080p", "540p", "720p"]

VIDU_IMAGE_TO_VIDEO_Q2_TURBO_REQUEST_RESOLUTION_VALUES: set[
    ViduImageToVideoQ2TurboRequestResolution
] = {
    "1080p",
    "540p",
    "720p",
}


def check_vidu_image_to_video_q2_turbo_request_resolution(
    value: str,
) -> ViduImageToVideoQ2TurboRequestResolution:
    if value in VIDU_IMAGE_TO_VIDEO_Q2_TURBO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_IMAGE_TO_VIDEO_Q2_TURBO_REQUEST_RESOLUTION_VALUES!r}"
    )
