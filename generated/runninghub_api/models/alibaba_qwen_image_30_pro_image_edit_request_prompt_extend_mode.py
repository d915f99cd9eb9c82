from typing import Literal

AlibabaQwenImage30ProImageEditRequestPromptExtendMode = Literal["agent", "direct"]

ALIBABA_QWEN_IMAGE_30_PRO_IMAGE_EDIT_REQUEST_PROMPT_EXTEND_MODE_VALUES: set[
    AlibabaQwenImage30ProImageEditRequestPromptExtendMode
] = {
    "agent",
    "direct",
}


def check_alibaba_qwen_image_30_pro_image_edit_request_prompt_extend_mode(
    value: str,
) -> AlibabaQwenImage30ProImageEditRequestPromptExtendMode:
    if value in ALIBABA_QWEN_IMAGE_30_PRO_IMAGE_EDIT_REQUEST_PROMPT_EXTEND_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_QWEN_IMAGE_30_PRO_IMAGE_EDIT_REQUEST_PROMPT_EXTEND_MODE_VALUES!r}"
    )
