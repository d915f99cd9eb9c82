from typing import Literal

TopazlabsImageUpscaleLowResolutionV2RequestSubjectDetection = Literal[
    "All", "Background", "Foreground"
]

TOPAZLABS_IMAGE_UPSCALE_LOW_RESOLUTION_V2_REQUEST_SUBJECT_DETECTION_VALUES: set[
    TopazlabsImageUpscaleLowResolutionV2RequestSubjectDetection
] = {
    "All",
    "Background",
    "Foreground",
}


def check_topazlabs_image_upscale_low_resolution_v2_request_subject_detection(
    value: str,
) -> TopazlabsImageUpscaleLowResolutionV2RequestSubjectDetection:
    if (
        value
        in TOPAZLABS_IMAGE_UPSCALE_LOW_RESOLUTION_V2_REQUEST_SUBJECT_DETECTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_UPSCALE_LOW_RESOLUTION_V2_REQUEST_SUBJECT_DETECTION_VALUES!r}"
    )
