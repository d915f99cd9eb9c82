from typing import Literal

RhartVideoSparkvideo20MiniImageToVideoRequestConversionSlots = Literal[
    "all", "firstFrameUrl", "lastFrameUrl"
]

RHART_VIDEO_SPARKVIDEO_20_MINI_IMAGE_TO_VIDEO_REQUEST_CONVERSION_SLOTS_VALUES: set[
    RhartVideoSparkvideo20MiniImageToVideoRequestConversionSlots
] = {
    "all",
    "firstFrameUrl",
    "lastFrameUrl",
}


def check_rhart_video_sparkvideo_20_mini_image_to_video_request_conversion_slots(
    value: str,
) -> RhartVideoSparkvideo20MiniImageToVideoRequestConversionSlots:
    if (
        value
        in RHART_VIDEO_SPARKVIDEO_20_MINI_IMAGE_TO_VIDEO_REQUEST_CONVERSION_SLOTS_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_SPARKVIDEO_20_MINI_IMAGE_TO_VIDEO_REQUEST_CONVERSION_SLOTS_VALUES!r}"
    )
