from typing import Literal

RhartVideoSparkvideo20MiniMultimodalVideoRequestConversionSlots = Literal[
    "all",
    "image1",
    "image2",
    "image3",
    "image4",
    "image5",
    "image6",
    "image7",
    "image8",
    "image9",
    "video1",
    "video2",
    "video3",
]

RHART_VIDEO_SPARKVIDEO_20_MINI_MULTIMODAL_VIDEO_REQUEST_CONVERSION_SLOTS_VALUES: set[
    RhartVideoSparkvideo20MiniMultimodalVideoRequestConversionSlots
] = {
    "all",
    "image1",
    "image2",
    "image3",
    "image4",
    "image5",
    "image6",
    "image7",
    "image8",
    "image9",
    "video1",
    "video2",
    "video3",
}


def check_rhart_video_sparkvideo_20_mini_multimodal_video_request_conversion_slots(
    value: str,
) -> RhartVideoSparkvideo20MiniMultimodalVideoRequestConversionSlots:
    if (
        value
        in RHART_VIDEO_SPARKVIDEO_20_MINI_MULTIMODAL_VIDEO_REQUEST_CONVERSION_SLOTS_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_SPARKVIDEO_20_MINI_MULTIMODAL_VIDEO_REQUEST_CONVERSION_SLOTS_VALUES!r}"
    )
