from typing import Literal

RhartVideoSparkvideo20MiniImageToVideoRequestDuration = Literal[
    "-1", "10", "11", "12", "13", "14", "15", "4", "5", "6", "7", "8", "9"
]

RHART_VIDEO_SPARKVIDEO_20_MINI_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoSparkvideo20MiniImageToVideoRequestDuration
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


def check_rhart_video_sparkvideo_20_mini_image_to_video_request_duration(
    value: str,
) -> RhartVideoSparkvideo20MiniImageToVideoRequestDuration:
    if value in RHART_VIDEO_SPARKVIDEO_20_MINI_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_SPARKVIDEO_20_MINI_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
