from typing import Literal

TopazlabsImageGigapixelLowResolution2RequestSubjectDetection = Literal[
    "All", "Background", "Foreground"
]

TOPAZLABS_IMAGE_GIGAPIXEL_LOW_RESOLUTION_2_REQUEST_SUBJECT_DETECTION_VALUES: set[
    TopazlabsImageGigapixelLowResolution2RequestSubjectDetection
] = {
    "All",
    "Background",
    "Foreground",
}


def check_topazlabs_image_gigapixel_low_resolution_2_request_subject_detection(
    value: str,
) -> TopazlabsImageGigapixelLowResolution2RequestSubjectDetection:
    if (
        value
        in TOPAZLABS_IMAGE_GIGAPIXEL_LOW_RESOLUTION_2_REQUEST_SUBJECT_DETECTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_GIGAPIXEL_LOW_RESOLUTION_2_REQUEST_SUBJECT_DETECTION_VALUES!r}"
    )
