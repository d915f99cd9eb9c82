from typing import Literal

RhartImagineImageQualityEditRequestOutputFormat = Literal["jpeg", "png", "webp"]

RHART_IMAGINE_IMAGE_QUALITY_EDIT_REQUEST_OUTPUT_FORMAT_VALUES: set[
    RhartImagineImageQualityEditRequestOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_rhart_imagine_image_quality_edit_request_output_format(
    value: str,
) -> RhartImagineImageQualityEditRequestOutputFormat:
    if value in RHART_IMAGINE_IMAGE_QUALITY_EDIT_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGINE_IMAGE_QUALITY_EDIT_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
