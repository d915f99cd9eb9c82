from typing import Literal

GeminiOmniFlashVideoEditRequestAspectRatio = Literal["16:9", "9:16"]

GEMINI_OMNI_FLASH_VIDEO_EDIT_REQUEST_ASPECT_RATIO_VALUES: set[
    GeminiOmniFlashVideoEditRequestAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_gemini_omni_flash_video_edit_request_aspect_ratio(
    value: str,
) -> GeminiOmniFlashVideoEditRequestAspectRatio:
    if value in GEMINI_OMNI_FLASH_VIDEO_EDIT_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_OMNI_FLASH_VIDEO_EDIT_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
