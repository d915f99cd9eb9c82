from typing import Literal

RhartVideoSparkvideo20MultimodalVideoStarFastRequestDuration = Literal[
    "-1", "10", "11", "12", "13", "14", "15", "4", "5", "6", "7", "8", "9"
]

RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_STAR_FAST_REQUEST_DURATION_VALUES: set[
    RhartVideoSparkvideo20MultimodalVideoStarFastRequestDuration
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


def check_rhart_video_sparkvideo_20_multimodal_video_star_fast_request_duration(
    value: str,
) -> RhartVideoSparkvideo20MultimodalVideoStarFastRequestDuration:
    if (
        value
        in RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_STAR_FAST_REQUEST_DURATION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_STAR_FAST_REQUEST_DURATION_VALUES!r}"
    )
