from typing import Literal

RhartVideoV31LiteOfficialTextToVideoRequestAspectRatio = Literal["16:9", "9:16"]

RHART_VIDEO_V31_LITE_OFFICIAL_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartVideoV31LiteOfficialTextToVideoRequestAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_rhart_video_v31_lite_official_text_to_video_request_aspect_ratio(
    value: str,
) -> RhartVideoV31LiteOfficialTextToVideoRequestAspectRatio:
    if value in RHART_VIDEO_V31_LITE_OFFICIAL_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_LITE_OFFICIAL_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
