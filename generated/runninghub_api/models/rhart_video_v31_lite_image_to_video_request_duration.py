from typing import Literal

RhartVideoV31LiteImageToVideoRequestDuration = Literal["8"]

RHART_VIDEO_V31_LITE_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoV31LiteImageToVideoRequestDuration
] = {
    "8",
}


def check_rhart_video_v31_lite_image_to_video_request_duration(
    value: str,
) -> RhartVideoV31LiteImageToVideoRequestDuration:
    if value in RHART_VIDEO_V31_LITE_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_LITE_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
