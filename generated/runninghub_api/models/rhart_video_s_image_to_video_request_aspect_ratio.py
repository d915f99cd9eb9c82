from typing import Literal

RhartVideoSImageToVideoRequestAspectRatio = Literal["16:9", "9:16"]

RHART_VIDEO_S_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartVideoSImageToVideoRequestAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_rhart_video_s_image_to_video_request_aspect_ratio(
    value: str,
) -> RhartVideoSImageToVideoRequestAspectRatio:
    if value in RHART_VIDEO_S_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
