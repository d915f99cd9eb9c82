from typing import Literal

LumaUni1ImageToImageRequestOutputFormat = Literal["jpeg", "png"]

LUMA_UNI_1_IMAGE_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES: set[
    LumaUni1ImageToImageRequestOutputFormat
] = {
    "jpeg",
    "png",
}


def check_luma_uni_1_image_to_image_request_output_format(
    value: str,
) -> LumaUni1ImageToImageRequestOutputFormat:
    if value in LUMA_UNI_1_IMAGE_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_UNI_1_IMAGE_TO_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
