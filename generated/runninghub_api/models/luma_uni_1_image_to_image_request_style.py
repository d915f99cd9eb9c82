from typing import Literal

LumaUni1ImageToImageRequestStyle = Literal["auto", "manga"]

LUMA_UNI_1_IMAGE_TO_IMAGE_REQUEST_STYLE_VALUES: set[
    LumaUni1ImageToImageRequestStyle
] = {
    "auto",
    "manga",
}


def check_luma_uni_1_image_to_image_request_style(
    value: str,
) -> LumaUni1ImageToImageRequestStyle:
    if value in LUMA_UNI_1_IMAGE_TO_IMAGE_REQUEST_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_UNI_1_IMAGE_TO_IMAGE_REQUEST_STYLE_VALUES!r}"
    )
