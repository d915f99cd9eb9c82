from typing import Literal

RhartImageNProOfficialEditUltraRequestResolution = Literal["4k", "8k"]

RHART_IMAGE_N_PRO_OFFICIAL_EDIT_ULTRA_REQUEST_RESOLUTION_VALUES: set[
    RhartImageNProOfficialEditUltraRequestResolution
] = {
    "4k",
    "8k",
}


def check_rhart_image_n_pro_official_edit_ultra_request_resolution(
    value: str,
) -> RhartImageNProOfficialEditUltraRequestResolution:
    if value in RHART_IMAGE_N_PRO_OFFICIAL_EDIT_ULTRA_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_N_PRO_OFFICIAL_EDIT_ULTRA_REQUEST_RESOLUTION_VALUES!r}"
    )
