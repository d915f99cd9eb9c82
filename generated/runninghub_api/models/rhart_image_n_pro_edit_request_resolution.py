from typing import Literal

RhartImageNProEditRequestResolution = Literal["1k", "2k", "4k"]

RHART_IMAGE_N_PRO_EDIT_REQUEST_RESOLUTION_VALUES: set[
    RhartImageNProEditRequestResolution
] = {
    "1k",
    "2k",
    "4k",
}


def check_rhart_image_n_pro_edit_request_resolution(
    value: str,
) -> RhartImageNProEditRequestResolution:
    if value in RHART_IMAGE_N_PRO_EDIT_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_N_PRO_EDIT_REQUEST_RESOLUTION_VALUES!r}"
    )
