from typing import Literal

RhartVideoGOfficialTextToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

RHART_VIDEO_G_OFFICIAL_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartVideoGOfficialTextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_rhart_video_g_official_text_to_video_request_aspect_ratio(
    value: str,
) -> RhartVideoGOfficialTextToVideoRequestAspectRatio:
    if value in RHART_VIDEO_G_OFFICIAL_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_G_OFFICIAL_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
