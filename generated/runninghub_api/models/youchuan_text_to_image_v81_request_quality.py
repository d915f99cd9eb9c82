from typing import Literal

YouchuanTextToImageV81RequestQuality = Literal["1", "4"]

YOUCHUAN_TEXT_TO_IMAGE_V81_REQUEST_QUALITY_VALUES: set[
    YouchuanTextToImageV81RequestQuality
] = {
    "1",
    "4",
}


def check_youchuan_text_to_image_v81_request_quality(
    value: str,
) -> YouchuanTextToImageV81RequestQuality:
    if value in YOUCHUAN_TEXT_TO_IMAGE_V81_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {YOUCHUAN_TEXT_TO_IMAGE_V81_REQUEST_QUALITY_VALUES!r}"
    )
