from typing import Literal

KlingV34KTextToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_V34K_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingV34KTextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_v34k_text_to_video_request_aspect_ratio(
    value: str,
) -> KlingV34KTextToVideoRequestAspectRatio:
    if value in KLING_V34K_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V34K_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
