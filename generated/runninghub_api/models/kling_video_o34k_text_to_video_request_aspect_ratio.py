from typing import Literal

KlingVideoO34KTextToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_O34K_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingVideoO34KTextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_o34k_text_to_video_request_aspect_ratio(
    value: str,
) -> KlingVideoO34KTextToVideoRequestAspectRatio:
    if value in KLING_VIDEO_O34K_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O34K_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
