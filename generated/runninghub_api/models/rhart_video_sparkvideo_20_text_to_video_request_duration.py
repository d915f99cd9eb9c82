from typing import Literal

RhartVideoSparkvideo20TextToVideoRequestDuration = Literal[
    "10", "11", "12", "13", "14", "15", "4", "5", "6", "7", "8", "9"
]

RHART_VIDEO_SPARKVIDEO_20_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoSparkvideo20TextToVideoRequestDuration
] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_rhart_video_sparkvideo_20_text_to_video_request_duration(
    value: str,
) -> RhartVideoSparkvideo20TextToVideoRequestDuration:
    if value in RHART_VIDEO_SPARKVIDEO_20_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_SPARKVIDEO_20_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
