from typing import Literal

YouchuanTextToImageV7RequestQuality = Literal["1", "2", "4"]

YOUCHUAN_TEXT_TO_IMAGE_V7_REQUEST_QUALITY_VALUES: set[
    YouchuanTextToImageV7RequestQuality
] = {
    "1",
    "2",
    "4",
}


def check_youchuan_text_to_image_v7_request_quality(
    value: str,
) -> YouchuanTextToImageV7RequestQuality:
    if value in YOUCHUAN_TEXT_TO_IMAGE_V7_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {YOUCHUAN_TEXT_TO_IMAGE_V7_REQUEST_QUALITY_VALUES!r}"
    )
