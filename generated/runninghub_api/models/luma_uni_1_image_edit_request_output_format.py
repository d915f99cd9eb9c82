from typing import Literal

LumaUni1ImageEditRequestOutputFormat = Literal["jpeg", "png"]

LUMA_UNI_1_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_VALUES: set[
    LumaUni1ImageEditRequestOutputFormat
] = {
    "jpeg",
    "png",
}


def check_luma_uni_1_image_edit_request_output_format(
    value: str,
) -> LumaUni1ImageEditRequestOutputFormat:
    if value in LUMA_UNI_1_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_UNI_1_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
