from typing import Literal

LumaUni1ImageEditRequestStyle = Literal["auto", "manga"]

LUMA_UNI_1_IMAGE_EDIT_REQUEST_STYLE_VALUES: set[LumaUni1ImageEditRequestStyle] = {
    "auto",
    "manga",
}


def check_luma_uni_1_image_edit_request_style(
    value: str,
) -> LumaUni1ImageEditRequestStyle:
    if value in LUMA_UNI_1_IMAGE_EDIT_REQUEST_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_UNI_1_IMAGE_EDIT_REQUEST_STYLE_VALUES!r}"
    )
