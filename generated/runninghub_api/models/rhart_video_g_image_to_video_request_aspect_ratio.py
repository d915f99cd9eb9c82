from typing import Literal

RhartVideoGImageToVideoRequestAspectRatio = Literal["16:9", "1:1", "2:3", "3:2", "9:16"]

RHART_VIDEO_G_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartVideoGImageToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "9:16",
}


def check_rhart_video_g_image_to_video_request_aspect_ratio(
    value: str,
) -> RhartVideoGImageToVideoRequestAspectRatio:
    if value in RHART_VIDEO_G_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_G_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
