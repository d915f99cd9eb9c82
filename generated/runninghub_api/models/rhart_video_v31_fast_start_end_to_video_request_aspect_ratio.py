from typing import Literal

RhartVideoV31FastStartEndToVideoRequestAspectRatio = Literal["16:9", "9:16"]

RHART_VIDEO_V31_FAST_START_END_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartVideoV31FastStartEndToVideoRequestAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_rhart_video_v31_fast_start_end_to_video_request_aspect_ratio(
    value: str,
) -> RhartVideoV31FastStartEndToVideoRequestAspectRatio:
    if value in RHART_VIDEO_V31_FAST_START_END_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_FAST_START_END_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
