from typing import Literal

HiggsfieldSoulImageToImageRequestSize = Literal[
    "1088*1632",
    "1152*1536",
    "1152*2048",
    "1344*2016",
    "1536*1152",
    "1536*1536",
    "1536*2048",
    "1632*1088",
    "1696*960",
    "2016*1344",
    "2048*1152",
    "2048*1536",
    "960*1696",
]

HIGGSFIELD_SOUL_IMAGE_TO_IMAGE_REQUEST_SIZE_VALUES: set[
    HiggsfieldSoulImageToImageRequestSize
] = {
    "1088*1632",
    "1152*1536",
    "1152*2048",
    "1344*2016",
    "1536*1152",
    "1536*1536",
    "1536*2048",
    "1632*1088",
    "1696*960",
    "2016*1344",
    "2048*1152",
    "2048*1536",
    "960*1696",
}


def check_higgsfield_soul_image_to_image_request_size(
    value: str,
) -> HiggsfieldSoulImageToImageRequestSize:
    if value in HIGGSFIELD_SOUL_IMAGE_TO_IMAGE_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIGGSFIELD_SOUL_IMAGE_TO_IMAGE_REQUEST_SIZE_VALUES!r}"
    )
