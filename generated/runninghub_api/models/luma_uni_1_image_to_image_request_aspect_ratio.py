from typing import Literal

LumaUni1ImageToImageRequestAspectRatio = Literal[
    "16:9", "1:1", "1:2", "1:3", "2:1", "2:3", "3:1", "3:2", "9:16"
]

LUMA_UNI_1_IMAGE_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[
    LumaUni1ImageToImageRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "1:2",
    "1:3",
    "2:1",
    "2:3",
    "3:1",
    "3:2",
    "9:16",
}


def check_luma_uni_1_image_to_image_request_aspect_ratio(
    value: str,
) -> LumaUni1ImageToImageRequestAspectRatio:
    if value in LUMA_UNI_1_IMAGE_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_UNI_1_IMAGE_TO_IMAGE_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
