from typing import Literal

RhartImagineImageQualityEditRequestAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "auto"
]

RHART_IMAGINE_IMAGE_QUALITY_EDIT_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartImagineImageQualityEditRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_rhart_imagine_image_quality_edit_request_aspect_ratio(
    value: str,
) -> RhartImagineImageQualityEditRequestAspectRatio:
    if value in RHART_IMAGINE_IMAGE_QUALITY_EDIT_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGINE_IMAGE_QUALITY_EDIT_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
