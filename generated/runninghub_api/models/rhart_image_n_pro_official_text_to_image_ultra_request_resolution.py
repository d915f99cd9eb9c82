from typing import Literal

RhartImageNProOfficialTextToImageUltraRequestResolution = Literal["4k", "8k"]

RHART_IMAGE_N_PRO_OFFICIAL_TEXT_TO_IMAGE_ULTRA_REQUEST_RESOLUTION_VALUES: set[
    RhartImageNProOfficialTextToImageUltraRequestResolution
] = {
    "4k",
    "8k",
}


def check_rhart_image_n_pro_official_text_to_image_ultra_request_resolution(
    value: str,
) -> RhartImageNProOfficialTextToImageUltraRequestResolution:
    if (
        value
        in RHART_IMAGE_N_PRO_OFFICIAL_TEXT_TO_IMAGE_ULTRA_REQUEST_RESOLUTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_N_PRO_OFFICIAL_TEXT_TO_IMAGE_ULTRA_REQUEST_RESOLUTION_VALUES!r}"
    )
