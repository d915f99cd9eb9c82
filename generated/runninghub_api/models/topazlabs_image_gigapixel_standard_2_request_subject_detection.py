from typing import Literal

TopazlabsImageGigapixelStandard2RequestSubjectDetection = Literal[
    "All", "Background", "Foreground"
]

TOPAZLABS_IMAGE_GIGAPIXEL_STANDARD_2_REQUEST_SUBJECT_DETECTION_VALUES: set[
    TopazlabsImageGigapixelStandard2RequestSubjectDetection
] = {
    "All",
    "Background",
    "Foreground",
}


def check_topazlabs_image_gigapixel_standard_2_request_subject_detection(
    value: str,
) -> TopazlabsImageGigapixelStandard2RequestSubjectDetection:
    if value in TOPAZLABS_IMAGE_GIGAPIXEL_STANDARD_2_REQUEST_SUBJECT_DETECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_GIGAPIXEL_STANDARD_2_REQUEST_SUBJECT_DETECTION_VALUES!r}"
    )
