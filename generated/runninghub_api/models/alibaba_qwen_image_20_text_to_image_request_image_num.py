from typing import Literal

AlibabaQwenImage20TextToImageRequestImageNum = Literal["1", "2", "3", "4", "5", "6"]

ALIBABA_QWEN_IMAGE_20_TEXT_TO_IMAGE_REQUEST_IMAGE_NUM_VALUES: set[
    AlibabaQwenImage20TextToImageRequestImageNum
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_alibaba_qwen_image_20_text_to_image_request_image_num(
    value: str,
) -> AlibabaQwenImage20TextToImageRequestImageNum:
    if value in ALIBABA_QWEN_IMAGE_20_TEXT_TO_IMAGE_REQUEST_IMAGE_NUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_QWEN_IMAGE_20_TEXT_TO_IMAGE_REQUEST_IMAGE_NUM_VALUES!r}"
    )
