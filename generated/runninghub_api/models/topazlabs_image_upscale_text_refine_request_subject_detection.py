from typing import Literal

TopazlabsImageUpscaleTextRefineRequestSubjectDetection = Literal[
    "All", "Background", "Foreground"
]

TOPAZLABS_IMAGE_UPSCALE_TEXT_REFINE_REQUEST_SUBJECT_DETECTION_VALUES: set[
    TopazlabsImageUpscaleTextRefineRequestSubjectDetection
] = {
    "All",
    "Background",
    "Foreground",
}


def check_topazlabs_image_upscale_text_refine_request_subject_detection(
    value: str,
) -> TopazlabsImageUpscaleTextRefineRequestSubjectDetection:
    if value in TOPAZLABS_IMAGE_UPSCALE_TEXT_REFINE_REQUEST_SUBJECT_DETECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_UPSCALE_TEXT_REFINE_REQUEST_SUBJECT_DETECTION_VALUES!r}"
    )
