from typing import Literal

RhartVideoV31ProImageToVideoRequestDuration = Literal["8"]

RHART_VIDEO_V31_PRO_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoV31ProImageToVideoRequestDuration
] = {
    "8",
}


def check_rhart_video_v31_pro_image_to_video_request_duration(
    value: str,
) -> RhartVideoV31ProImageToVideoRequestDuration:
    if value in RHART_VIDEO_V31_PRO_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_PRO_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
