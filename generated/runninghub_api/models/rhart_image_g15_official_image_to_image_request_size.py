from typing import Literal

RhartImageG15OfficialImageToImageRequestSize = Literal[
    "1024*1024", "1024*1536", "1536*1024"
]

RHART_IMAGE_G15_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_SIZE_VALUES: set[
    RhartImageG15OfficialImageToImageRequestSize
] = {
    "1024*1024",
    "1024*1536",
    "1536*1024",
}


def check_rhart_image_g15_official_image_to_image_request_size(
    value: str,
) -> RhartImageG15OfficialImageToImageRequestSize:
    if value in RHART_IMAGE_G15_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_G15_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_SIZE_VALUES!r}"
    )
