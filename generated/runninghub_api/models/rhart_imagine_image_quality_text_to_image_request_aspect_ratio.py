from typing import Literal

RhartImagineImageQualityTextToImageRequestAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

RHART_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartImagineImageQualityTextToImageRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_imagine_image_quality_text_to_image_request_aspect_ratio(
    value: str,
) -> RhartImagineImageQualityTextToImageRequestAspectRatio:
    if value in RHART_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
