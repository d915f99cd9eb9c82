from typing import Literal

RhartVideoSImageToVideoAsynRequestAspectRatio = Literal["16:9", "9:16"]

RHART_VIDEO_S_IMAGE_TO_VIDEO_ASYN_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartVideoSImageToVideoAsynRequestAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_rhart_video_s_image_to_video_asyn_request_aspect_ratio(
    value: str,
) -> RhartVideoSImageToVideoAsynRequestAspectRatio:
    if value in RHART_VIDEO_S_IMAGE_TO_VIDEO_ASYN_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_IMAGE_TO_VIDEO_ASYN_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
