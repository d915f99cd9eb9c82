from typing import Literal

KlingVideoO1TextToVideoRequestDuration = Literal["10", "5"]

KLING_VIDEO_O1_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    KlingVideoO1TextToVideoRequestDuration
] = {
    "10",
    "5",
}


def check_kling_video_o1_text_to_video_request_duration(
    value: str,
) -> KlingVideoO1TextToVideoRequestDuration:
    if value in KLING_VIDEO_O1_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
