from typing import Literal

SeedanceV15ProTextToVideoRequestResolution = Literal["1080p", "480p", "720p"]

SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    SeedanceV15ProTextToVideoRequestResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_seedance_v15_pro_text_to_video_request_resolution(
    value: str,
) -> SeedanceV15ProTextToVideoRequestResolution:
    if value in SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
