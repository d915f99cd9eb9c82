from typing import Literal

KlingV25TurboProTextToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_V25_TURBO_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingV25TurboProTextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_v25_turbo_pro_text_to_video_request_aspect_ratio(
    value: str,
) -> KlingV25TurboProTextToVideoRequestAspectRatio:
    if value in KLING_V25_TURBO_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V25_TURBO_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
