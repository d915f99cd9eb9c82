from typing import Literal

AlibabaQwenImage20ProTextToImageRequestImageNum = Literal["1", "2", "3", "4", "5", "6"]

ALIBABA_QWEN_IMAGE_20_PRO_TEXT_TO_IMAGE_REQUEST_IMAGE_NUM_VALUES: set[
    AlibabaQwenImage20ProTextToImageRequestImageNum
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_alibaba_qwen_image_20_pro_text_to_image_request_image_num(
    value: str,
) -> AlibabaQwenImage20ProTextToImageRequestImageNum:
    if value in ALIBABA_QWEN_IMAGE_20_PRO_TEXT_TO_IMAGE_REQUEST_IMAGE_NUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_QWEN_IMAGE_20_PRO_TEXT_TO_IMAGE_REQUEST_IMAGE_NUM_VALUES!r}"
    )
