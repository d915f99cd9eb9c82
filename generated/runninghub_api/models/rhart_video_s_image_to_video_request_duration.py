from typing import Literal

RhartVideoSImageToVideoRequestDuration = Literal["10", "15"]

RHART_VIDEO_S_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoSImageToVideoRequestDuration
] = {
    "10",
    "15",
}


def check_rhart_video_s_image_to_video_request_duration(
    value: str,
) -> RhartVideoSImageToVideoRequestDuration:
    if value in RHART_VIDEO_S_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
