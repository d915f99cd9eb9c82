from typing import Literal

TopazlabsVideoUpscaleRequestTargetFps = Literal["30", "60"]

TOPAZLABS_VIDEO_UPSCALE_REQUEST_TARGET_FPS_VALUES: set[
    TopazlabsVideoUpscaleRequestTargetFps
] = {
    "30",
    "60",
}


def check_topazlabs_video_upscale_request_target_fps(
    value: str,
) -> TopazlabsVideoUpscaleRequestTargetFps:
    if value in TOPAZLABS_VIDEO_UPSCALE_REQUEST_TARGET_FPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_VIDEO_UPSCALE_REQUEST_TARGET_FPS_VALUES!r}"
    )
