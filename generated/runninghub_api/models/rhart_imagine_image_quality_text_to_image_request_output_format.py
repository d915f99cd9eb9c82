from typing import Literal

RhartImagineImageQualityTextToImageRequestOutputFormat = Literal["jpeg", "png", "webp"]

RHART_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES: set[
    RhartImagineImageQualityTextToImageRequestOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_rhart_imagine_image_quality_text_to_image_request_output_format(
    value: str,
) -> RhartImagineImageQualityTextToImageRequestOutputFormat:
    if value in RHART_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGINE_IMAGE_QUALITY_TEXT_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
