from typing import Literal

RhartVideoSparkvideo20MiniMultimodalVideoRequestDuration = Literal[
    "-1", "10", "11", "12", "13", "14", "15", "4", "5", "6", "7", "8", "9"
]

RHART_VIDEO_SPARKVIDEO_20_MINI_MULTIMODAL_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoSparkvideo20MiniMultimodalVideoRequestDuration
] = {
    "-1",
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


def check_rhart_video_sparkvideo_20_mini_multimodal_video_request_duration(
    value: str,
) -> RhartVideoSparkvideo20MiniMultimodalVideoRequestDuration:
    if value in RHART_VIDEO_SPARKVIDEO_20_MINI_MULTIMODAL_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_SPARKVIDEO_20_MINI_MULTIMODAL_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
