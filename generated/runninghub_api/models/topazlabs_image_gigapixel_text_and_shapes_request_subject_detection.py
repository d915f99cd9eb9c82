from typing import Literal

TopazlabsImageGigapixelTextAndShapesRequestSubjectDetection = Literal[
    "All", "Background", "Foreground"
]

TOPAZLABS_IMAGE_GIGAPIXEL_TEXT_AND_SHAPES_REQUEST_SUBJECT_DETECTION_VALUES: set[
    TopazlabsImageGigapixelTextAndShapesRequestSubjectDetection
] = {
    "All",
    "Background",
    "Foreground",
}


def check_topazlabs_image_gigapixel_text_and_shapes_request_subject_detection(
    value: str,
) -> TopazlabsImageGigapixelTextAndShapesRequestSubjectDetection:
    if (
        value
        in TOPAZLABS_IMAGE_GIGAPIXEL_TEXT_AND_SHAPES_REQUEST_SUBJECT_DETECTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_GIGAPIXEL_TEXT_AND_SHAPES_REQUEST_SUBJECT_DETECTION_VALUES!r}"
    )
