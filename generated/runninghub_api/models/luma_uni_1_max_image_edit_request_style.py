from typing import Literal

LumaUni1MaxImageEditRequestStyle = Literal["auto", "manga"]

LUMA_UNI_1_MAX_IMAGE_EDIT_REQUEST_STYLE_VALUES: set[
    LumaUni1MaxImageEditRequestStyle
] = {
    "auto",
    "manga",
}


def check_luma_uni_1_max_image_edit_request_style(
    value: str,
) -> LumaUni1MaxImageEditRequestStyle:
    if value in LUMA_UNI_1_MAX_IMAGE_EDIT_REQUEST_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_UNI_1_MAX_IMAGE_EDIT_REQUEST_STYLE_VALUES!r}"
    )
