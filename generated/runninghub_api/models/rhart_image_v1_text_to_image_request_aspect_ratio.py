from typing import Literal

RhartImageV1TextToImageRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]

RHART_IMAGE_V1_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartImageV1TextToImageRequestAspectRatio
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
    "auto",
}


def check_rhart_image_v1_text_to_image_request_aspect_ratio(
    value: str,
) -> RhartImageV1TextToImageRequestAspectRatio:
    if value in RHART_IMAGE_V1_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_V1_TEXT_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
