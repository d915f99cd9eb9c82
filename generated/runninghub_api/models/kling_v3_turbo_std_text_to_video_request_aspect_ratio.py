from typing import Literal

KlingV3TurboStdTextToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_V3_TURBO_STD_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingV3TurboStdTextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_v3_turbo_std_text_to_video_request_aspect_ratio(
    value: str,
) -> KlingV3TurboStdTextToVideoRequestAspectRatio:
    if value in KLING_V3_TURBO_STD_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_TURBO_STD_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
