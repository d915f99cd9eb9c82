from typing import Literal

TopazlabsImageUpscaleHighFidelityV3RequestSubjectDetection = Literal[
    "All", "Background", "Foreground"
]

TOPAZLABS_IMAGE_UPSCALE_HIGH_FIDELITY_V3_REQUEST_SUBJECT_DETECTION_VALUES: set[
    TopazlabsImageUpscaleHighFidelityV3RequestSubjectDetection
] = {
    "All",
    "Background",
    "Foreground",
}


def check_topazlabs_image_upscale_high_fidelity_v3_request_subject_detection(
    value: str,
) -> TopazlabsImageUpscaleHighFidelityV3RequestSubjectDetection:
    if (
        value
        in TOPAZLABS_IMAGE_UPSCALE_HIGH_FIDELITY_V3_REQUEST_SUBJECT_DETECTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_UPSCALE_HIGH_FIDELITY_V3_REQUEST_SUBJECT_DETECTION_VALUES!r}"
    )
