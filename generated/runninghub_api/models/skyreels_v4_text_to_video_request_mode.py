from typing import Literal

SkyreelsV4TextToVideoRequestMode = Literal["std"]

SKYREELS_V4_TEXT_TO_VIDEO_REQUEST_MODE_VALUES: set[SkyreelsV4TextToVideoRequestMode] = {
    "std",
}


def check_skyreels_v4_text_to_video_request_mode(
    value: str,
) -> SkyreelsV4TextToVideoRequestMode:
    if value in SKYREELS_V4_TEXT_TO_VIDEO_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_V4_TEXT_TO_VIDEO_REQUEST_MODE_VALUES!r}"
    )
