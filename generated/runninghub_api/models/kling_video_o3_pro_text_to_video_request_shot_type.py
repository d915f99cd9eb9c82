from typing import Literal

KlingVideoO3ProTextToVideoRequestShotType = Literal["customize", "intelligence"]

KLING_VIDEO_O3_PRO_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES: set[
    KlingVideoO3ProTextToVideoRequestShotType
] = {
    "customize",
    "intelligence",
}


def check_kling_video_o3_pro_text_to_video_request_shot_type(
    value: str,
) -> KlingVideoO3ProTextToVideoRequestShotType:
    if value in KLING_VIDEO_O3_PRO_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_PRO_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES!r}"
    )
