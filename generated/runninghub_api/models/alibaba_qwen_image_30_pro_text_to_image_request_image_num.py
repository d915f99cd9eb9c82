from typing import Literal

AlibabaQwenImage30ProTextToImageRequestImageNum = Literal[1, 2, 3, 4, 5, 6]

ALIBABA_QWEN_IMAGE_30_PRO_TEXT_TO_IMAGE_REQUEST_IMAGE_NUM_VALUES: set[
    AlibabaQwenImage30ProTextToImageRequestImageNum
] = {
    1,
    2,
    3,
    4,
    5,
    6,
}


def check_alibaba_qwen_image_30_pro_text_to_image_request_image_num(
    value: int,
) -> AlibabaQwenImage30ProTextToImageRequestImageNum:
    if value in ALIBABA_QWEN_IMAGE_30_PRO_TEXT_TO_IMAGE_REQUEST_IMAGE_NUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_QWEN_IMAGE_30_PRO_TEXT_TO_IMAGE_REQUEST_IMAGE_NUM_VALUES!r}"
    )
