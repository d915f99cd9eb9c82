from typing import Literal

RhartVideoSparkvideo20MultimodalVideoRequestResolution = Literal[
    "1080p", "2k", "480p", "4k", "720p", "native1080p", "native4k"
]

RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoSparkvideo20MultimodalVideoRequestResolution
] = {
    "1080p",
    "2k",
    "480p",
    "4k",
    "720p",
    "native1080p",
    "native4k",
}


def check_rhart_video_sparkvideo_20_multimodal_video_request_resolution(
    value: str,
) -> RhartVideoSparkvideo20MultimodalVideoRequestResolution:
    if value in RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
