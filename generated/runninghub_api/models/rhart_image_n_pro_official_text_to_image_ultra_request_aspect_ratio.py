from typing import Literal

RhartImageNProOfficialTextToImageUltraRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16"
]

RHART_IMAGE_N_PRO_OFFICIAL_TEXT_TO_IMAGE_ULTRA_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartImageNProOfficialTextToImageUltraRequestAspectRatio
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


def check_rhart_image_n_pro_official_text_to_image_ultra_request_aspect_ratio(
    value: str,
) -> RhartImageNProOfficialTextToImageUltraRequestAspectRatio:
    if (
        value
        in RHART_IMAGE_N_PRO_OFFICIAL_TEXT_TO_IMAGE_ULTRA_REQUEST_ASPECT_RATIO_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_N_PRO_OFFICIAL_TEXT_TO_IMAGE_ULTRA_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
