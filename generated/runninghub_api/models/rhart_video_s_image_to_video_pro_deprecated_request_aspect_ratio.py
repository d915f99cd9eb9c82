from typing import Literal

RhartVideoSImageToVideoProDeprecatedRequestAspectRatio = Literal["16:9", "9:16"]

RHART_VIDEO_S_IMAGE_TO_VIDEO_PRO_DEPRECATED_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartVideoSImageToVideoProDeprecatedRequestAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_rhart_video_s_image_to_video_pro_deprecated_request_aspect_ratio(
    value: str,
) -> RhartVideoSImageToVideoProDeprecatedRequestAspectRatio:
    if value in RHART_VIDEO_S_IMAGE_TO_VIDEO_PRO_DEPRECATED_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_IMAGE_TO_VIDEO_PRO_DEPRECATED_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
