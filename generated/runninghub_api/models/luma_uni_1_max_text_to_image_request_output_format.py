from typing import Literal

LumaUni1MaxTextToImageRequestOutputFormat = Literal["jpeg", "png"]

LUMA_UNI_1_MAX_TEXT_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES: set[
    LumaUni1MaxTextToImageRequestOutputFormat
] = {
    "jpeg",
    "png",
}


def check_luma_uni_1_max_text_to_image_request_output_format(
    value: str,
) -> LumaUni1MaxTextToImageRequestOutputFormat:
    if value in LUMA_UNI_1_MAX_TEXT_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_UNI_1_MAX_TEXT_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
