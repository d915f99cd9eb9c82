from typing import Literal

TopazlabsImageUpscaleCgiRequestSubjectDetection = Literal[
    "All", "Background", "Foreground"
]

TOPAZLABS_IMAGE_UPSCALE_CGI_REQUEST_SUBJECT_DETECTION_VALUES: set[
    TopazlabsImageUpscaleCgiRequestSubjectDetection
] = {
    "All",
    "Background",
    "Foreground",
}


def check_topazlabs_image_upscale_cgi_request_subject_detection(
    value: str,
) -> TopazlabsImageUpscaleCgiRequestSubjectDetection:
    if value in TOPAZLABS_IMAGE_UPSCALE_CGI_REQUEST_SUBJECT_DETECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_UPSCALE_CGI_REQUEST_SUBJECT_DETECTION_VALUES!r}"
    )
