from typing import Literal

KlingV26StdTextToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_V26_STD_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingV26StdTextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_v26_std_text_to_video_request_aspect_ratio(
    value: str,
) -> KlingV26StdTextToVideoRequestAspectRatio:
    if value in KLING_V26_STD_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V26_STD_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
