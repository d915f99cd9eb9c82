from typing import Literal

GeminiOmniFlashVideoEditRequestResolution = Literal["1080p", "4k", "720p"]

GEMINI_OMNI_FLASH_VIDEO_EDIT_REQUEST_RESOLUTION_VALUES: set[
    GeminiOmniFlashVideoEditRequestResolution
] = {
    "1080p",
    "4k",
    "720p",
}


def check_gemini_omni_flash_video_edit_request_resolution(
    value: str,
) -> GeminiOmniFlashVideoEditRequestResolution:
    if value in GEMINI_OMNI_FLASH_VIDEO_EDIT_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_OMNI_FLASH_VIDEO_EDIT_REQUEST_RESOLUTION_VALUES!r}"
    )
