from typing import Literal

KlingVideoO3ProImageToVideoRequestShotType = Literal["customize", "intelligence"]

KLING_VIDEO_O3_PRO_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES: set[
    KlingVideoO3ProImageToVideoRequestShotType
] = {
    "customize",
    "intelligence",
}


def check_kling_video_o3_pro_image_to_video_request_shot_type(
    value: str,
) -> KlingVideoO3ProImageToVideoRequestShotType:
    if value in KLING_VIDEO_O3_PRO_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_PRO_IMAGE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES!r}"
    )
