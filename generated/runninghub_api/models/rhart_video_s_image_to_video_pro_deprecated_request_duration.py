from typing import Literal

RhartVideoSImageToVideoProDeprecatedRequestDuration = Literal["15", "25"]

RHART_VIDEO_S_IMAGE_TO_VIDEO_PRO_DEPRECATED_REQUEST_DURATION_VALUES: set[
    RhartVideoSImageToVideoProDeprecatedRequestDuration
] = {
    "15",
    "25",
}


def check_rhart_video_s_image_to_video_pro_deprecated_request_duration(
    value: str,
) -> RhartVideoSImageToVideoProDeprecatedRequestDuration:
    if value in RHART_VIDEO_S_IMAGE_TO_VIDEO_PRO_DEPRECATED_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_IMAGE_TO_VIDEO_PRO_DEPRECATED_REQUEST_DURATION_VALUES!r}"
    )
