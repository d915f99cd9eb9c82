from typing import Literal

ViduImageToVideoQ2ProRequestResolution = Literal["1080p", "540p", "720p"]

VIDU_IMAGE_TO_VIDEO_Q2_PRO_REQUEST_RESOLUTION_VALUES: set[
    ViduImageToVideoQ2ProRequestResolution
] = {
    "1080p",
    "540p",
    "720p",
}


def check_vidu_image_to_video_q2_pro_request_resolution(
    value: str,
) -> ViduImageToVideoQ2ProRequestResolution:
    if value in VIDU_IMAGE_TO_VIDEO_Q2_PRO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_IMAGE_TO_VIDEO_Q2_PRO_REQUEST_RESOLUTION_VALUES!r}"
    )
