from typing import Literal

LumaUni1MaxImageEditRequestAspectRatio = Literal[
    "16:9", "1:1", "1:2", "1:3", "2:1", "2:3", "3:1", "3:2", "9:16"
]

LUMA_UNI_1_MAX_IMAGE_EDIT_REQUEST_ASPECT_RATIO_VALUES: set[
    LumaUni1MaxImageEditRequestAspectRatio
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


def check_luma_uni_1_max_image_edit_request_aspect_ratio(
    value: str,
) -> LumaUni1MaxImageEditRequestAspectRatio:
    if value in LUMA_UNI_1_MAX_IMAGE_EDIT_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_UNI_1_MAX_IMAGE_EDIT_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
