from typing import Literal

RhartImageXOfficialTextToImageRequestAspectRatio = Literal[
    "16:9", "1:1", "1:2", "20:9", "2:1", "2:3", "3:2", "3:4", "4:3", "9:16", "9:20"
]

RHART_IMAGE_X_OFFICIAL_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartImageXOfficialTextToImageRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "1:2",
    "20:9",
    "2:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:20",
}


def check_rhart_image_x_official_text_to_image_request_aspect_ratio(
    value: str,
) -> RhartImageXOfficialTextToImageRequestAspectRatio:
    if value in RHART_IMAGE_X_OFFICIAL_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_X_OFFICIAL_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
