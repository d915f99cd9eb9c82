from typing import Literal

GeminiOmniFlashTextToVideoRequestDuration = Literal["10", "4", "6", "8"]

GEMINI_OMNI_FLASH_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    GeminiOmniFlashTextToVideoRequestDuration
] = {
    "10",
    "4",
    "6",
    "8",
}


def check_gemini_omni_flash_text_to_video_request_duration(
    value: str,
) -> GeminiOmniFlashTextToVideoRequestDuration:
    if value in GEMINI_OMNI_FLASH_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_OMNI_FLASH_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
