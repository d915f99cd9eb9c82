from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alibaba_qwen_image_30_pro_text_to_image_request_image_num import (
    AlibabaQwenImage30ProTextToImageRequestImageNum,
    check_alibaba_qwen_image_30_pro_text_to_image_request_image_num,
)
from ..models.alibaba_qwen_image_30_pro_text_to_image_request_prompt_extend_mode import (
    AlibabaQwenImage30ProTextToImageRequestPromptExtendMode,
    check_alibaba_qwen_image_30_pro_text_to_image_request_prompt_extend_mode,
)
from ..models.alibaba_qwen_image_30_pro_text_to_image_request_size import (
    AlibabaQwenImage30ProTextToImageRequestSize,
    check_alibaba_qwen_image_30_pro_text_to_image_request_size,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaQwenImage30ProTextToImageRequest")


@_attrs_define
class AlibabaQwenImage30ProTextToImageRequest:
    """Request body of qwen-image-3.0-pro/text-to-image.

    Attributes:
        prompt (str): text prompt
        image_num (AlibabaQwenImage30ProTextToImageRequestImageNum | Unset): number of images Default: 1.
        negative_prompt (str | Unset): things to avoid (negative prompt)
        prompt_extend (bool | Unset): let the service rewrite/expand the prompt Default: True.
        prompt_extend_mode (AlibabaQwenImage30ProTextToImageRequestPromptExtendMode | Unset): promptExtendMode Default:
            'direct'.
        seed (int | Unset): random seed
        size (AlibabaQwenImage30ProTextToImageRequestSize | Unset): output size (WxH)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    image_num: AlibabaQwenImage30ProTextToImageRequestImageNum | Unset = 1
    negative_prompt: str | Unset = UNSET
    prompt_extend: bool | Unset = True
    prompt_extend_mode: (
        AlibabaQwenImage30ProTextToImageRequestPromptExtendMode | Unset
    ) = "direct"
    seed: int | Unset = UNSET
    size: AlibabaQwenImage30ProTextToImageRequestSize | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_num: int | Unset = UNSET
        if not isinstance(self.image_num, Unset):
            image_num = self.image_num

        negative_prompt = self.negative_prompt

        prompt_extend = self.prompt_extend

        prompt_extend_mode: str | Unset = UNSET
        if not isinstance(self.prompt_extend_mode, Unset):
            prompt_extend_mode = self.prompt_extend_mode

        seed = self.seed

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_num is not UNSET:
            field_dict["imageNum"] = image_num
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if prompt_extend is not UNSET:
            field_dict["promptExtend"] = prompt_extend
        if prompt_extend_mode is not UNSET:
            field_dict["promptExtendMode"] = prompt_extend_mode
        if seed is not UNSET:
            field_dict["seed"] = seed
        if size is not UNSET:
            field_dict["size"] = size
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _image_num = d.pop("imageNum", UNSET)
        image_num: AlibabaQwenImage30ProTextToImageRequestImageNum | Unset
        if isinstance(_image_num, Unset):
            image_num = UNSET
        else:
            image_num = check_alibaba_qwen_image_30_pro_text_to_image_request_image_num(
                _image_num
            )

        negative_prompt = d.pop("negativePrompt", UNSET)

        prompt_extend = d.pop("promptExtend", UNSET)

        _prompt_extend_mode = d.pop("promptExtendMode", UNSET)
        prompt_extend_mode: (
            AlibabaQwenImage30ProTextToImageRequestPromptExtendMode | Unset
        )
        if isinstance(_prompt_extend_mode, Unset):
            prompt_extend_mode = UNSET
        else:
            prompt_extend_mode = check_alibaba_qwen_image_30_pro_text_to_image_request_prompt_extend_mode(
                _prompt_extend_mode
            )

        seed = d.pop("seed", UNSET)

        _size = d.pop("size", UNSET)
        size: AlibabaQwenImage30ProTextToImageRequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_alibaba_qwen_image_30_pro_text_to_image_request_size(_size)

        webhook_url = d.pop("webhookUrl", UNSET)

        alibaba_qwen_image_30_pro_text_to_image_request = cls(
            prompt=prompt,
            image_num=image_num,
            negative_prompt=negative_prompt,
            prompt_extend=prompt_extend,
            prompt_extend_mode=prompt_extend_mode,
            seed=seed,
            size=size,
            webhook_url=webhook_url,
        )

        alibaba_qwen_image_30_pro_text_to_image_request.additional_properties = d
        return alibaba_qwen_image_30_pro_text_to_image_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
