from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaWan27ImageEditRequest")


@_attrs_define
class AlibabaWan27ImageEditRequest:
    """Request body of wan-2.7/image-edit.

    Attributes:
        image_urls (list[str]): input images URLs
        prompt (str): text prompt
        height (int | Unset): output height in px Default: 1024.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
        width (int | Unset): output width in px Default: 1024.
    """

    image_urls: list[str]
    prompt: str
    height: int | Unset = 1024
    webhook_url: str | Unset = UNSET
    width: int | Unset = 1024
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        prompt = self.prompt

        height = self.height

        webhook_url = self.webhook_url

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrls": image_urls,
                "prompt": prompt,
            }
        )
        if height is not UNSET:
            field_dict["height"] = height
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("imageUrls"))

        prompt = d.pop("prompt")

        height = d.pop("height", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        width = d.pop("width", UNSET)

        alibaba_wan_27_image_edit_request = cls(
            image_urls=image_urls,
            prompt=prompt,
            height=height,
            webhook_url=webhook_url,
            width=width,
        )

        alibaba_wan_27_image_edit_request.additional_properties = d
        return alibaba_wan_27_image_edit_request

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
