from typing import Literal

KlingV25TurboStdTextToVideoRequestDuration = Literal["10", "5"]

KLING_V25_TURBO_STD_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    KlingV25TurboStdTextToVideoRequestDuration
] = {
    "10",
    "5",
}


def check_kling_v25_turbo_std_text_to_video_request_duration(
    value: str,
) -> KlingV25TurboStdTextToVideoRequestDuration:
    if value in KLING_V25_TURBO_STD_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V25_TURBO_STD_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
