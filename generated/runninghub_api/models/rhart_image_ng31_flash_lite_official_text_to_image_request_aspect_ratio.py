from typing import Literal

RhartImageNG31FlashLiteOfficialTextToImageRequestAspectRatio = Literal[
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

RHART_IMAGE_NG31_FLASH_LITE_OFFICIAL_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartImageNG31FlashLiteOfficialTextToImageRequestAspectRatio
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


def check_rhart_image_ng31_flash_lite_official_text_to_image_request_aspect_ratio(
    value: str,
) -> RhartImageNG31FlashLiteOfficialTextToImageRequestAspectRatio:
    if (
        value
        in RHART_IMAGE_NG31_FLASH_LITE_OFFICIAL_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_NG31_FLASH_LITE_OFFICIAL_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
