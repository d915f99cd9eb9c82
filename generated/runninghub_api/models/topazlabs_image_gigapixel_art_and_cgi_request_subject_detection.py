from typing import Literal

TopazlabsImageGigapixelArtAndCgiRequestSubjectDetection = Literal[
    "All", "Background", "Foreground"
]

TOPAZLABS_IMAGE_GIGAPIXEL_ART_AND_CGI_REQUEST_SUBJECT_DETECTION_VALUES: set[
    TopazlabsImageGigapixelArtAndCgiRequestSubjectDetection
] = {
    "All",
    "Background",
    "Foreground",
}


def check_topazlabs_image_gigapixel_art_and_cgi_request_subject_detection(
    value: str,
) -> TopazlabsImageGigapixelArtAndCgiRequestSubjectDetection:
    if value in TOPAZLABS_IMAGE_GIGAPIXEL_ART_AND_CGI_REQUEST_SUBJECT_DETECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_GIGAPIXEL_ART_AND_CGI_REQUEST_SUBJECT_DETECTION_VALUES!r}"
    )
