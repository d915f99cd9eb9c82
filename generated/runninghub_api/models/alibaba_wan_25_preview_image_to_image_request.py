from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alibaba_wan_25_preview_image_to_image_request_size import (
    AlibabaWan25PreviewImageToImageRequestSize,
    check_alibaba_wan_25_preview_image_to_image_request_size,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaWan25PreviewImageToImageRequest")


@_attrs_define
class AlibabaWan25PreviewImageToImageRequest:
    """Request body of wan-2.5-preview/image-to-image.

    Attributes:
        image_urls (list[str]): input images URLs
        n (int): number of outputs
        prompt (str): text prompt
        negative_prompt (str | Unset): things to avoid (negative prompt)
        prompt_extend (bool | Unset): let the service rewrite/expand the prompt Default: True.
        seed (int | Unset): random seed
        size (AlibabaWan25PreviewImageToImageRequestSize | Unset): output size (WxH) Default: '1280*1280'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    image_urls: list[str]
    n: int
    prompt: str
    negative_prompt: str | Unset = UNSET
    prompt_extend: bool | Unset = True
    seed: int | Unset = UNSET
    size: AlibabaWan25PreviewImageToImageRequestSize | Unset = "1280*1280"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        n = self.n

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        prompt_extend = self.prompt_extend

        seed = self.seed

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrls": image_urls,
                "n": n,
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if prompt_extend is not UNSET:
            field_dict["promptExtend"] = prompt_extend
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
        image_urls = cast(list[str], d.pop("imageUrls"))

        n = d.pop("n")

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negativePrompt", UNSET)

        prompt_extend = d.pop("promptExtend", UNSET)

        seed = d.pop("seed", UNSET)

        _size = d.pop("size", UNSET)
        size: AlibabaWan25PreviewImageToImageRequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_alibaba_wan_25_preview_image_to_image_request_size(_size)

        webhook_url = d.pop("webhookUrl", UNSET)

        alibaba_wan_25_preview_image_to_image_request = cls(
            image_urls=image_urls,
            n=n,
            prompt=prompt,
            negative_prompt=negative_prompt,
            prompt_extend=prompt_extend,
            seed=seed,
            size=size,
            webhook_url=webhook_url,
        )

        alibaba_wan_25_preview_image_to_image_request.additional_properties = d
        return alibaba_wan_25_preview_image_to_image_request

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
