from typing import Literal

PixverseV56ImageToVideoRequestDuration = Literal["10", "5", "8"]

PIXVERSE_V56_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    PixverseV56ImageToVideoRequestDuration
] = {
    "10",
    "5",
    "8",
}


def check_pixverse_v56_image_to_video_request_duration(
    value: str,
) -> PixverseV56ImageToVideoRequestDuration:
    if value in PIXVERSE_V56_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
