from typing import Literal

RhartImageNG31FlashOfficialImageToImageRequestResolution = Literal["1k", "2k", "4k"]

RHART_IMAGE_NG31_FLASH_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES: set[
    RhartImageNG31FlashOfficialImageToImageRequestResolution
] = {
    "1k",
    "2k",
    "4k",
}


def check_rhart_image_ng31_flash_official_image_to_image_request_resolution(
    value: str,
) -> RhartImageNG31FlashOfficialImageToImageRequestResolution:
    if (
        value
        in RHART_IMAGE_NG31_FLASH_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_NG31_FLASH_OFFICIAL_IMAGE_TO_IMAGE_REQUEST_RESOLUTION_VALUES!r}"
    )
