from typing import Literal

LumaUni1MaxTextToImageRequestStyle = Literal["auto", "manga"]

LUMA_UNI_1_MAX_TEXT_TO_IMAGE_REQUEST_STYLE_VALUES: set[
    LumaUni1MaxTextToImageRequestStyle
] = {
    "auto",
    "manga",
}


def check_luma_uni_1_max_text_to_image_request_style(
    value: str,
) -> LumaUni1MaxTextToImageRequestStyle:
    if value in LUMA_UNI_1_MAX_TEXT_TO_IMAGE_REQUEST_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_UNI_1_MAX_TEXT_TO_IMAGE_REQUEST_STYLE_VALUES!r}"
    )
