from typing import Literal

KlingV25TurboStdImageToVideoRequestDuration = Literal["10", "5"]

KLING_V25_TURBO_STD_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    KlingV25TurboStdImageToVideoRequestDuration
] = {
    "10",
    "5",
}


def check_kling_v25_turbo_std_image_to_video_request_duration(
    value: str,
) -> KlingV25TurboStdImageToVideoRequestDuration:
    if value in KLING_V25_TURBO_STD_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V25_TURBO_STD_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
