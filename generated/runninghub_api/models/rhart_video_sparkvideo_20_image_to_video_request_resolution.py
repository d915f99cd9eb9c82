from typing import Literal

RhartVideoSparkvideo20ImageToVideoRequestResolution = Literal[
    "1080p", "2k", "480p", "4k", "720p", "native1080p", "native4k"
]

RHART_VIDEO_SPARKVIDEO_20_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    RhartVideoSparkvideo20ImageToVideoRequestResolution
] = {
    "1080p",
    "2k",
    "480p",
    "4k",
    "720p",
    "native1080p",
    "native4k",
}


def check_rhart_video_sparkvideo_20_image_to_video_request_resolution(
    value: str,
) -> RhartVideoSparkvideo20ImageToVideoRequestResolution:
    if value in RHART_VIDEO_SPARKVIDEO_20_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_SPARKVIDEO_20_IMAGE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
