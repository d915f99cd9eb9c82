from typing import Literal

KlingVideoO3StdImageToVideoRequestShotType = Literal["customize", "intelligence"]

KLING_VIDEO_O3_STD_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES: set[
    KlingVideoO3StdImageToVideoRequestShotType
] = {
    "customize",
    "intelligence",
}


def check_kling_video_o3_std_image_to_video_request_shot_type(
    value: str,
) -> KlingVideoO3StdImageToVideoRequestShotType:
    if value in KLING_VIDEO_O3_STD_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_STD_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES!r}"
    )
