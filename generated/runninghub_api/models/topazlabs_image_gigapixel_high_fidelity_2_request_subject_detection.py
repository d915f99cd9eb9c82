from typing import Literal

TopazlabsImageGigapixelHighFidelity2RequestSubjectDetection = Literal[
    "All", "Background", "Foreground"
]

TOPAZLABS_IMAGE_GIGAPIXEL_HIGH_FIDELITY_2_REQUEST_SUBJECT_DETECTION_VALUES: set[
    TopazlabsImageGigapixelHighFidelity2RequestSubjectDetection
] = {
    "All",
    "Background",
    "Foreground",
}


def check_topazlabs_image_gigapixel_high_fidelity_2_request_subject_detection(
    value: str,
) -> TopazlabsImageGigapixelHighFidelity2RequestSubjectDetection:
    if (
        value
        in TOPAZLABS_IMAGE_GIGAPIXEL_HIGH_FIDELITY_2_REQUEST_SUBJECT_DETECTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_GIGAPIXEL_HIGH_FIDELITY_2_REQUEST_SUBJECT_DETECTION_VALUES!r}"
    )
