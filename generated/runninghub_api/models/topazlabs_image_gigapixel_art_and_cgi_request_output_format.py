from typing import Literal

TopazlabsImageGigapixelArtAndCgiRequestOutputFormat = Literal[
    "jpeg", "jpg", "png", "tif", "tiff"
]

TOPAZLABS_IMAGE_GIGAPIXEL_ART_AND_CGI_REQUEST_OUTPUT_FORMAT_VALUES: set[
    TopazlabsImageGigapixelArtAndCgiRequestOutputFormat
] = {
    "jpeg",
    "jpg",
    "png",
    "tif",
    "tiff",
}


def check_topazlabs_image_gigapixel_art_and_cgi_request_output_format(
    value: str,
) -> TopazlabsImageGigapixelArtAndCgiRequestOutputFormat:
    if value in TOPAZLABS_IMAGE_GIGAPIXEL_ART_AND_CGI_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_IMAGE_GIGAPIXEL_ART_AND_CGI_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
