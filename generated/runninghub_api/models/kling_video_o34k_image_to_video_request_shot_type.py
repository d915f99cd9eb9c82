from typing import Literal

KlingVideoO34KImageToVideoRequestShotType = Literal["customize", "intelligence"]

KLING_VIDEO_O34K_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES: set[
    KlingVideoO34KImageToVideoRequestShotType
] = {
    "customize",
    "intelligence",
}


def check_kling_video_o34k_image_to_video_request_shot_type(
    value: str,
) -> KlingVideoO34KImageToVideoRequestShotType:
    if value in KLING_VIDEO_O34K_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O34K_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES!r}"
    )
