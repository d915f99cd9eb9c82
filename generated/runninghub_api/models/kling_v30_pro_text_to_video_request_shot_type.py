from typing import Literal

KlingV30ProTextToVideoRequestShotType = Literal["customize", "intelligence"]

KLING_V30_PRO_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES: set[
    KlingV30ProTextToVideoRequestShotType
] = {
    "customize",
    "intelligence",
}


def check_kling_v30_pro_text_to_video_request_shot_type(
    value: str,
) -> KlingV30ProTextToVideoRequestShotType:
    if value in KLING_V30_PRO_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V30_PRO_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES!r}"
    )
