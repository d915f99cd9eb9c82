from typing import Literal

TopazlabsVideoUpscaleRequestTargetResolution = Literal["1080p", "4k", "720p"]

TOPAZLABS_VIDEO_UPSCALE_REQUEST_TARGET_RESOLUTION_VALUES: set[
    TopazlabsVideoUpscaleRequestTargetResolution
] = {
    "1080p",
    "4k",
    "720p",
}


def check_topazlabs_video_upscale_request_target_resolution(
    value: str,
) -> TopazlabsVideoUpscaleRequestTargetResolution:
    if value in TOPAZLABS_VIDEO_UPSCALE_REQUEST_TARGET_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_VIDEO_UPSCALE_REQUEST_TARGET_RESOLUTION_VALUES!r}"
    )
