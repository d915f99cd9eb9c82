from typing import Literal

AlibabaWan25PreviewImageToVideoRequestResolution = Literal["1080p", "480p", "720p"]

ALIBABA_WAN_25_PREVIEW_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    AlibabaWan25PreviewImageToVideoRequestResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_alibaba_wan_25_preview_image_to_video_request_resolution(
    value: str,
) -> AlibabaWan25PreviewImageToVideoRequestResolution:
    if value in ALIBABA_WAN_25_PREVIEW_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_25_PREVIEW_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
