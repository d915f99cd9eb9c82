from typing import Literal

LumaUni1MaxImageToImageRequestStyle = Literal["auto", "manga"]

LUMA_UNI_1_MAX_IMAGE_TO_IMAGE_REQUEST_STYLE_VALUES: set[
    LumaUni1MaxImageToImageRequestStyle
] = {
    "auto",
    "manga",
}


def check_luma_uni_1_max_image_to_image_request_style(
    value: str,
) -> LumaUni1MaxImageToImageRequestStyle:
    if value in LUMA_UNI_1_MAX_IMAGE_TO_IMAGE_REQUEST_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_UNI_1_MAX_IMAGE_TO_IMAGE_REQUEST_STYLE_VALUES!r}"
    )
