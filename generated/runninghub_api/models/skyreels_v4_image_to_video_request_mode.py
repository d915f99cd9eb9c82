from typing import Literal

SkyreelsV4ImageToVideoRequestMode = Literal["std"]

SKYREELS_V4_IMAGE_TO_VIDEO_REQUEST_MODE_VALUES: set[
    SkyreelsV4ImageToVideoRequestMode
] = {
    "std",
}


def check_skyreels_v4_image_to_video_request_mode(
    value: str,
) -> SkyreelsV4ImageToVideoRequestMode:
    if value in SKYREELS_V4_IMAGE_TO_VIDEO_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_V4_IMAGE_TO_VIDEO_REQUEST_MODE_VALUES!r}"
    )
