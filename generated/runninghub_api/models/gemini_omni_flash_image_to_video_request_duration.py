from typing import Literal

GeminiOmniFlashImageToVideoRequestDuration = Literal["10", "4", "6", "8"]

GEMINI_OMNI_FLASH_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    GeminiOmniFlashImageToVideoRequestDuration
] = {
    "10",
    "4",
    "6",
    "8",
}


def check_gemini_omni_flash_image_to_video_request_duration(
    value: str,
) -> GeminiOmniFlashImageToVideoRequestDuration:
    if value in GEMINI_OMNI_FLASH_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_OMNI_FLASH_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
