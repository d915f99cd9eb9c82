from typing import Literal

YouchuanTextToImageV61RequestQuality = Literal["0.5", "1", "2"]

YOUCHUAN_TEXT_TO_IMAGE_V61_REQUEST_QUALITY_VALUES: set[
    YouchuanTextToImageV61RequestQuality
] = {
    "0.5",
    "1",
    "2",
}


def check_youchuan_text_to_image_v61_request_quality(
    value: str,
) -> YouchuanTextToImageV61RequestQuality:
    if value in YOUCHUAN_TEXT_TO_IMAGE_V61_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {YOUCHUAN_TEXT_TO_IMAGE_V61_REQUEST_QUALITY_VALUES!r}"
    )
