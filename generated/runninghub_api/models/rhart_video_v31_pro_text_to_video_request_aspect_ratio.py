from typing import Literal

RhartVideoV31ProTextToVideoRequestAspectRatio = Literal["16:9", "9:16"]

RHART_VIDEO_V31_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartVideoV31ProTextToVideoRequestAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_rhart_video_v31_pro_text_to_video_request_aspect_ratio(
    value: str,
) -> RhartVideoV31ProTextToVideoRequestAspectRatio:
    if value in RHART_VIDEO_V31_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_PRO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
