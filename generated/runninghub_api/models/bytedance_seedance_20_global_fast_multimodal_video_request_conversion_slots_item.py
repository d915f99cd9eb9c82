from typing import Literal

BytedanceSeedance20GlobalFastMultimodalVideoRequestConversionSlotsItem = Literal[
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

BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_MULTIMODAL_VIDEO_REQUEST_CONVERSION_SLOTS_ITEM_VALUES: set[
    BytedanceSeedance20GlobalFastMultimodalVideoRequestConversionSlotsItem
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


def check_bytedance_seedance_20_global_fast_multimodal_video_request_conversion_slots_item(
    value: str,
) -> BytedanceSeedance20GlobalFastMultimodalVideoRequestConversionSlotsItem:
    if (
        value
        in BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_MULTIMODAL_VIDEO_REQUEST_CONVERSION_SLOTS_ITEM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_GLOBAL_FAST_MULTIMODAL_VIDEO_REQUEST_CONVERSION_SLOTS_ITEM_VALUES!r}"
    )
