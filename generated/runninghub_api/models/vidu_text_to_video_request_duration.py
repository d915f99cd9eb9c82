from typing import Literal

ViduTextToVideoRequestDuration = Literal[
    "1", "10", "2", "3", "4", "5", "6", "7", "8", "9"
]

VIDU_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[ViduTextToVideoRequestDuration] = {
    "1",
    "10",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_vidu_text_to_video_request_duration(
    value: str,
) -> ViduTextToVideoRequestDuration:
    if value in VIDU_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
