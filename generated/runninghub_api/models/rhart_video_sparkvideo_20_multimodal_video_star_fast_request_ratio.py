from typing import Literal

RhartVideoSparkvideo20MultimodalVideoStarFastRequestRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]

RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_STAR_FAST_REQUEST_RATIO_VALUES: set[
    RhartVideoSparkvideo20MultimodalVideoStarFastRequestRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_rhart_video_sparkvideo_20_multimodal_video_star_fast_request_ratio(
    value: str,
) -> RhartVideoSparkvideo20MultimodalVideoStarFastRequestRatio:
    if (
        value
        in RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_STAR_FAST_REQUEST_RATIO_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_STAR_FAST_REQUEST_RATIO_VALUES!r}"
    )
