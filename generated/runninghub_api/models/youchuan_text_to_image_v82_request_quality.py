from typing import Literal

YouchuanTextToImageV82RequestQuality = Literal["1", "4"]

YOUCHUAN_TEXT_TO_IMAGE_V82_REQUEST_QUALITY_VALUES: set[
    YouchuanTextToImageV82RequestQuality
] = {
    "1",
    "4",
}


def check_youchuan_text_to_image_v82_request_quality(
    value: str,
) -> YouchuanTextToImageV82RequestQuality:
    if value in YOUCHUAN_TEXT_TO_IMAGE_V82_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {YOUCHUAN_TEXT_TO_IMAGE_V82_REQUEST_QUALITY_VALUES!r}"
    )
