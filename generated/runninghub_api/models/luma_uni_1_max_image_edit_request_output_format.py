from typing import Literal

LumaUni1MaxImageEditRequestOutputFormat = Literal["jpeg", "png"]

LUMA_UNI_1_MAX_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_VALUES: set[
    LumaUni1MaxImageEditRequestOutputFormat
] = {
    "jpeg",
    "png",
}


def check_luma_uni_1_max_image_edit_request_output_format(
    value: str,
) -> LumaUni1MaxImageEditRequestOutputFormat:
    if value in LUMA_UNI_1_MAX_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_UNI_1_MAX_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
