from typing import Literal

SkyreelsV4TextToVideoStdRequestResolution = Literal["1080p", "480p", "720p"]

SKYREELS_V4_TEXT_TO_VIDEO_STD_REQUEST_RESOLUTION_VALUES: set[
    SkyreelsV4TextToVideoStdRequestResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_skyreels_v4_text_to_video_std_request_resolution(
    value: str,
) -> SkyreelsV4TextToVideoStdRequestResolution:
    if value in SKYREELS_V4_TEXT_TO_VIDEO_STD_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_V4_TEXT_TO_VIDEO_STD_REQUEST_RESOLUTION_VALUES!r}"
    )
