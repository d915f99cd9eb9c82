from typing import Literal

RhartVideoV31LiteOfficialStartEndToVideoRequestResolution = Literal["1080p", "720p"]

RHART_VIDEO_V31_LITE_OFFICIAL_START_END_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoV31LiteOfficialStartEndToVideoRequestResolution
] = {
    "1080p",
    "720p",
}


def check_rhart_video_v31_lite_official_start_end_to_video_request_resolution(
    value: str,
) -> RhartVideoV31LiteOfficialStartEndToVideoRequestResolution:
    if (
        value
        in RHART_VIDEO_V31_LITE_OFFICIAL_START_END_TO_VIDEO_REQUEST_RESOLUTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_LITE_OFFICIAL_START_END_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
