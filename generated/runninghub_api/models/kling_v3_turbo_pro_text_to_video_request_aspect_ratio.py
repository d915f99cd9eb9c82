from typing import Literal

KlingV3TurboProTextToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_V3_TURBO_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingV3TurboProTextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_v3_turbo_pro_text_to_video_request_aspect_ratio(
    value: str,
) -> KlingV3TurboProTextToVideoRequestAspectRatio:
    if value in KLING_V3_TURBO_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_TURBO_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
