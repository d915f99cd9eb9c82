from typing import Literal

KlingVideoO3ProTextToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_O3_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingVideoO3ProTextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_o3_pro_text_to_video_request_aspect_ratio(
    value: str,
) -> KlingVideoO3ProTextToVideoRequestAspectRatio:
    if value in KLING_VIDEO_O3_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
