from typing import Literal

KlingV30ProImageToVideoRequestShotType = Literal["customize", "intelligence"]

KLING_V30_PRO_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES: set[
    KlingV30ProImageToVideoRequestShotType
] = {
    "customize",
    "intelligence",
}


def check_kling_v30_pro_image_to_video_request_shot_type(
    value: str,
) -> KlingV30ProImageToVideoRequestShotType:
    if value in KLING_V30_PRO_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V30_PRO_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES!r}"
    )
