from typing import Literal

RhartVideoSparkvideo20MiniTextToVideoRequestRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]

RHART_VIDEO_SPARKVIDEO_20_MINI_TEXT_TO_VIDEO_REQUEST_RATIO_VALUES: set[
    RhartVideoSparkvideo20MiniTextToVideoRequestRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_rhart_video_sparkvideo_20_mini_text_to_video_request_ratio(
    value: str,
) -> RhartVideoSparkvideo20MiniTextToVideoRequestRatio:
    if value in RHART_VIDEO_SPARKVIDEO_20_MINI_TEXT_TO_VIDEO_REQUEST_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_SPARKVIDEO_20_MINI_TEXT_TO_VIDEO_REQUEST_RATIO_VALUES!r}"
    )
