from typing import Literal

TopazlabsImageUpscaleStandardV2RequestSubjectDetection = Literal[
    "All", "Background", "Foreground"
]

TOPAZLABS_IMAGE_UPSCALE_STANDARD_V2_REQUEST_SUBJECT_DETECTION_VALUES: set[
    TopazlabsImageUpscaleStandardV2RequestSubjectDetection
] = {
    "All",
    "Background",
    "Foreground",
}


def check_topazlabs_image_upscale_standard_v2_request_subject_detection(
    value: str,
) -> TopazlabsImageUpscaleStandardV2RequestSubjectDetection:
    if value in TOPAZLABS_IMAGE_UPSCALE_STANDARD_V2_REQUEST_SUBJECT_DETECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_UPSCALE_STANDARD_V2_REQUEST_SUBJECT_DETECTION_VALUES!r}"
    )
