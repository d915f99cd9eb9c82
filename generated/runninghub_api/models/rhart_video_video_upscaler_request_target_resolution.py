from typing import Literal

RhartVideoVideoUpscalerRequestTargetResolution = Literal["1080p", "2k", "4k", "720p"]

RHART_VIDEO_VIDEO_UPSCALER_REQUEST_TARGET_RESOLUTION_VALUES: set[
    RhartVideoVideoUpscalerRequestTargetResolution
] = {
    "1080p",
    "2k",
    "4k",
    "720p",
}


def check_rhart_video_video_upscaler_request_target_resolution(
    value: str,
) -> RhartVideoVideoUpscalerRequestTargetResolution:
    if value in RHART_VIDEO_VIDEO_UPSCALER_REQUEST_TARGET_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_VIDEO_UPSCALER_REQUEST_TARGET_RESOLUTION_VALUES!r}"
    )
