from typing import Literal

ViduImageToVideoQ2ProFastRequestResolution = Literal["1080p", "720p"]

VIDU_IMAGE_TO_VIDEO_Q2_PRO_FAST_REQUEST_RESOLUTION_VALUES: set[
    ViduImageToVideoQ2ProFastRequestResolution
] = {
    "1080p",
    "720p",
}


def check_vidu_image_to_video_q2_pro_fast_request_resolution(
    value: str,
) -> ViduImageToVideoQ2ProFastRequestResolution:
    if value in VIDU_IMAGE_TO_VIDEO_Q2_PRO_FAST_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_IMAGE_TO_VIDEO_Q2_PRO_FAST_REQUEST_RESOLUTION_VALUES!r}"
    )
