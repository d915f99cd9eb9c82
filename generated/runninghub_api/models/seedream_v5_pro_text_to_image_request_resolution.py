from typing import Literal

SeedreamV5ProTextToImageRequestResolution = Literal["1k", "2k"]

SEEDREAM_V5_PRO_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES: set[
    SeedreamV5ProTextToImageRequestResolution
] = {
    "1k",
    "2k",
}


def check_seedream_v5_pro_text_to_image_request_resolution(
    value: str,
) -> SeedreamV5ProTextToImageRequestResolution:
    if value in SEEDREAM_V5_PRO_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V5_PRO_TEXT_TO_IMAGE_REQUEST_RESOLUTION_VALUES!r}"
    )
