from typing import Literal

KlingV34KTextToVideoRequestShotType = Literal["customize", "intelligence"]

KLING_V34K_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES: set[
    KlingV34KTextToVideoRequestShotType
] = {
    "customize",
    "intelligence",
}


def check_kling_v34k_text_to_video_request_shot_type(
    value: str,
) -> KlingV34KTextToVideoRequestShotType:
    if value in KLING_V34K_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V34K_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES!r}"
    )
