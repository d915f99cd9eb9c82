from typing import Literal

KlingV26StdImageToVideoRequestDuration = Literal["10", "5"]

KLING_V26_STD_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    KlingV26StdImageToVideoRequestDuration
] = {
    "10",
    "5",
}


def check_kling_v26_std_image_to_video_request_duration(
    value: str,
) -> KlingV26StdImageToVideoRequestDuration:
    if value in KLING_V26_STD_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V26_STD_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
