from typing import Literal

YouchuanTextToImageV6RequestQuality = Literal["0.5", "1", "2"]

YOUCHUAN_TEXT_TO_IMAGE_V6_REQUEST_QUALITY_VALUES: set[
    YouchuanTextToImageV6RequestQuality
] = {
    "0.5",
    "1",
    "2",
}


def check_youchuan_text_to_image_v6_request_quality(
    value: str,
) -> YouchuanTextToImageV6RequestQuality:
    if value in YOUCHUAN_TEXT_TO_IMAGE_V6_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {YOUCHUAN_TEXT_TO_IMAGE_V6_REQUEST_QUALITY_VALUES!r}"
    )
