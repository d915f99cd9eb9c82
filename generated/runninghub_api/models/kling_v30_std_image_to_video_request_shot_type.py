from typing import Literal

KlingV30StdImageToVideoRequestShotType = Literal["customize", "intelligence"]

KLING_V30_STD_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES: set[
    KlingV30StdImageToVideoRequestShotType
] = {
    "customize",
    "intelligence",
}


def check_kling_v30_std_image_to_video_request_shot_type(
    value: str,
) -> KlingV30StdImageToVideoRequestShotType:
    if value in KLING_V30_STD_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V30_STD_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES!r}"
    )
