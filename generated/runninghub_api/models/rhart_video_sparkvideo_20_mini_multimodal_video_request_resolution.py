from typing import Literal

RhartVideoSparkvideo20MiniMultimodalVideoRequestResolution = Literal[
    "1080p", "2k", "480p", "4k", "720p"
]

RHART_VIDEO_SPARKVIDEO_20_MINI_MULTIMODAL_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoSparkvideo20MiniMultimodalVideoRequestResolution
] = {
    "1080p",
    "2k",
    "480p",
    "4k",
    "720p",
}


def check_rhart_video_sparkvideo_20_mini_multimodal_video_request_resolution(
    value: str,
) -> RhartVideoSparkvideo20MiniMultimodalVideoRequestResolution:
    if (
        value
        in RHART_VIDEO_SPARKVIDEO_20_MINI_MULTIMODAL_VIDEO_REQUEST_RESOLUTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_SPARKVIDEO_20_MINI_MULTIMODAL_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
