from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alibaba_wan_25_preview_text_to_image_request_size import (
    AlibabaWan25PreviewTextToImageRequestSize,
    check_alibaba_wan_25_preview_text_to_image_request_size,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaWan25PreviewTextToImageRequest")


@_attrs_define
class AlibabaWan25PreviewTextToImageRequest:
    """Request body of wan-2.5-preview/text-to-image.

    Attributes:
        prompt (str): text prompt
        size (AlibabaWan25PreviewTextToImageRequestSize): output size (WxH)
        n (int | Unset): number of outputs Default: 1.
        negative_prompt (str | Unset): things to avoid (negative prompt)
        prompt_extend (bool | Unset): let the service rewrite/expand the prompt Default: True.
        seed (int | Unset): random seed
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    size: AlibabaWan25PreviewTextToImageRequestSize
    n: int | Unset = 1
    negative_prompt: str | Unset = UNSET
    prompt_extend: bool | Unset = True
    seed: int | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        size: str = self.size

        n = self.n

        negative_prompt = self.negative_prompt

        prompt_extend = self.prompt_extend

        seed = self.seed

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "size": size,
            }
        )
        if n is not UNSET:
            field_dict["n"] = n
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if prompt_extend is not UNSET:
            field_dict["promptExtend"] = prompt_extend
        if seed is not UNSET:
            field_dict["seed"] = seed
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        size = check_alibaba_wan_25_preview_text_to_image_request_size(d.pop("size"))

        n = d.pop("n", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        prompt_extend = d.pop("promptExtend", UNSET)

        seed = d.pop("seed", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        alibaba_wan_25_preview_text_to_image_request = cls(
            prompt=prompt,
            size=size,
            n=n,
            negative_prompt=negative_prompt,
            prompt_extend=prompt_extend,
            seed=seed,
            webhook_url=webhook_url,
        )

        alibaba_wan_25_preview_text_to_image_request.additional_properties = d
        return alibaba_wan_25_preview_text_to_image_request

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
