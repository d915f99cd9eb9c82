from typing import Literal

BytedanceSeedance20GlobalImageToVideoRequestConversionSlotsItem = Literal[
    "all", "firstFrameUrl", "lastFrameUrl"
]

BYTEDANCE_SEEDANCE_20_GLOBAL_IMAGE_TO_VIDEO_REQUEST_CONVERSION_SLOTS_ITEM_VALUES: set[
    BytedanceSeedance20GlobalImageToVideoRequestConversionSlotsItem
] = {
    "all",
    "firstFrameUrl",
    "lastFrameUrl",
}


def check_bytedance_seedance_20_global_image_to_video_request_conversion_slots_item(
    value: str,
) -> BytedanceSeedance20GlobalImageToVideoRequestConversionSlotsItem:
    if (
        value
        in BYTEDANCE_SEEDANCE_20_GLOBAL_IMAGE_TO_VIDEO_REQUEST_CONVERSION_SLOTS_ITEM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_GLOBAL_IMAGE_TO_VIDEO_REQUEST_CONVERSION_SLOTS_ITEM_VALUES!r}"
    )
