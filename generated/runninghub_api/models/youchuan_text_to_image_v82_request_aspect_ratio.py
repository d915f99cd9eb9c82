from typing import Literal

YouchuanTextToImageV82RequestAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

YOUCHUAN_TEXT_TO_IMAGE_V82_REQUEST_ASPECT_RATIO_VALUES: set[
    YouchuanTextToImageV82RequestAspectRatio
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_youchuan_text_to_image_v82_request_aspect_ratio(
    value: str,
) -> YouchuanTextToImageV82RequestAspectRatio:
    if value in YOUCHUAN_TEXT_TO_IMAGE_V82_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {YOUCHUAN_TEXT_TO_IMAGE_V82_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
