from typing import Literal

KlingV26StdTextToVideoRequestDuration = Literal["10", "5"]

KLING_V26_STD_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    KlingV26StdTextToVideoRequestDuration
] = {
    "10",
    "5",
}


def check_kling_v26_std_text_to_video_request_duration(
    value: str,
) -> KlingV26StdTextToVideoRequestDuration:
    if value in KLING_V26_STD_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V26_STD_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
