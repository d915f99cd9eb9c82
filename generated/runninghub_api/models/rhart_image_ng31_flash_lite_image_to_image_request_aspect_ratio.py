from typing import Literal

RhartImageNG31FlashLiteImageToImageRequestAspectRatio = Literal[
    "16:9",
    "1:1",
    "1:4",
    "1:8",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "8:1",
    "9:16",
]

RHART_IMAGE_NG31_FLASH_LITE_IMAGE_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartImageNG31FlashLiteImageToImageRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "1:4",
    "1:8",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "8:1",
    "9:16",
}


def check_rhart_image_ng31_flash_lite_image_to_image_request_aspect_ratio(
    value: str,
) -> RhartImageNG31FlashLiteImageToImageRequestAspectRatio:
    if value in RHART_IMAGE_NG31_FLASH_LITE_IMAGE_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_NG31_FLASH_LITE_IMAGE_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
