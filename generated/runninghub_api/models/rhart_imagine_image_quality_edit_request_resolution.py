from typing import Literal

RhartImagineImageQualityEditRequestResolution = Literal["1k", "2k"]

RHART_IMAGINE_IMAGE_QUALITY_EDIT_REQUEST_RESOLUTION_VALUES: set[
    RhartImagineImageQualityEditRequestResolution
] = {
    "1k",
    "2k",
}


def check_rhart_imagine_image_quality_edit_request_resolution(
    value: str,
) -> RhartImagineImageQualityEditRequestResolution:
    if value in RHART_IMAGINE_IMAGE_QUALITY_EDIT_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGINE_IMAGE_QUALITY_EDIT_REQUEST_RESOLUTION_VALUES!r}"
    )
