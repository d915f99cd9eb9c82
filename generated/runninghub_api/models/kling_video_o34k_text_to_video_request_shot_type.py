from typing import Literal

KlingVideoO34KTextToVideoRequestShotType = Literal["customize", "intelligence"]

KLING_VIDEO_O34K_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES: set[
    KlingVideoO34KTextToVideoRequestShotType
] = {
    "customize",
    "intelligence",
}


def check_kling_video_o34k_text_to_video_request_shot_type(
    value: str,
) -> KlingVideoO34KTextToVideoRequestShotType:
    if value in KLING_VIDEO_O34K_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O34K_TEXT_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES!r}"
    )
