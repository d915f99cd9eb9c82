from typing import Literal

RhartVideoSparkvideo20MultimodalVideoStarRequestResolution = Literal[
    "1080p", "2k", "480p", "4k", "720p", "native1080p"
]

RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_STAR_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoSparkvideo20MultimodalVideoStarRequestResolution
] = {
    "1080p",
    "2k",
    "480p",
    "4k",
    "720p",
    "native1080p",
}


def check_rhart_video_sparkvideo_20_multimodal_video_star_request_resolution(
    value: str,
) -> RhartVideoSparkvideo20MultimodalVideoStarRequestResolution:
    if (
        value
        in RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_STAR_REQUEST_RESOLUTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_STAR_REQUEST_RESOLUTION_VALUES!r}"
    )
