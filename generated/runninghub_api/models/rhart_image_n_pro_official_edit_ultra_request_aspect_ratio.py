from typing import Literal

RhartImageNProOfficialEditUltraRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16"
]

RHART_IMAGE_N_PRO_OFFICIAL_EDIT_ULTRA_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartImageNProOfficialEditUltraRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
}


def check_rhart_image_n_pro_official_edit_ultra_request_aspect_ratio(
    value: str,
) -> RhartImageNProOfficialEditUltraRequestAspectRatio:
    if value in RHART_IMAGE_N_PRO_OFFICIAL_EDIT_ULTRA_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_N_PRO_OFFICIAL_EDIT_ULTRA_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
