from typing import Literal

AlibabaQwenImage30ProTextToImageRequestPromptExtendMode = Literal["agent", "direct"]

ALIBABA_QWEN_IMAGE_30_PRO_TEXT_TO_IMAGE_REQUEST_PROMPT_EXTEND_MODE_VALUES: set[
    AlibabaQwenImage30ProTextToImageRequestPromptExtendMode
] = {
    "agent",
    "direct",
}


def check_alibaba_qwen_image_30_pro_text_to_image_request_prompt_extend_mode(
    value: str,
) -> AlibabaQwenImage30ProTextToImageRequestPromptExtendMode:
    if (
        value
        in ALIBABA_QWEN_IMAGE_30_PRO_TEXT_TO_IMAGE_REQUEST_PROMPT_EXTEND_MODE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_QWEN_IMAGE_30_PRO_TEXT_TO_IMAGE_REQUEST_PROMPT_EXTEND_MODE_VALUES!r}"
    )
