from typing import Literal

ViduImageToVideoQ3ProFastRequestResolution = Literal["1080p", "720p"]

VIDU_IMAGE_TO_VIDEO_Q3_PRO_FAST_REQUEST_RESOLUTION_VALUES: set[
    ViduImageToVideoQ3ProFastRequestResolution
] = {
    "1080p",
    "720p",
}


def check_vidu_image_to_video_q3_pro_fast_request_resolution(
    value: str,
) -> ViduImageToVideoQ3ProFastRequestResolution:
    if value in VIDU_IMAGE_TO_VIDEO_Q3_PRO_FAST_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_IMAGE_TO_VIDEO_Q3_PRO_FAST_REQUEST_RESOLUTION_VALUES!r}"
    )
