from typing import Literal

YouchuanImageToVideoRequestMotion = Literal["high", "low"]

YOUCHUAN_IMAGE_TO_VIDEO_REQUEST_MOTION_VALUES: set[
    YouchuanImageToVideoRequestMotion
] = {
    "high",
    "low",
}


def check_youchuan_image_to_video_request_motion(
    value: str,
) -> YouchuanImageToVideoRequestMotion:
    if value in YOUCHUAN_IMAGE_TO_VIDEO_REQUEST_MOTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {YOUCHUAN_IMAGE_TO_VIDEO_REQUEST_MOTION_VALUES!r}"
    )
