from typing import Literal

KlingVideoO1ImageToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_O1_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingVideoO1ImageToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_o1_image_to_video_request_aspect_ratio(
    value: str,
) -> KlingVideoO1ImageToVideoRequestAspectRatio:
    if value in KLING_VIDEO_O1_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
