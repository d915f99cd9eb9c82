from typing import Literal

RhartVideoSOfficialImageToVideoProRequestResolution = Literal["1080p", "720p"]

RHART_VIDEO_S_OFFICIAL_IMAGE_TO_VIDEO_PRO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoSOfficialImageToVideoProRequestResolution
] = {
    "1080p",
    "720p",
}


def check_rhart_video_s_official_image_to_video_pro_request_resolution(
    value: str,
) -> RhartVideoSOfficialImageToVideoProRequestResolution:
    if value in RHART_VIDEO_S_OFFICIAL_IMAGE_TO_VIDEO_PRO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_OFFICIAL_IMAGE_TO_VIDEO_PRO_REQUEST_RESOLUTION_VALUES!r}"
    )
