from typing import Literal

GeminiOmniFlashImageToVideoRequestResolution = Literal["1080p", "4k", "720p"]

GEMINI_OMNI_FLASH_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    GeminiOmniFlashImageToVideoRequestResolution
] = {
    "1080p",
    "4k",
    "720p",
}


def check_gemini_omni_flash_image_to_video_request_resolution(
    value: str,
) -> GeminiOmniFlashImageToVideoRequestResolution:
    if value in GEMINI_OMNI_FLASH_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_OMNI_FLASH_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
