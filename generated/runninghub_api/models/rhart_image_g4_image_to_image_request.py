from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageG4ImageToImageRequest")


@_attrs_define
class RhartImageG4ImageToImageRequest:
    """Request body of grok-4-image-image-to-image.

    Attributes:
        prompt (str): prompt
        image_urls (str | Unset): image URL (image urls)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    image_urls: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_urls = self.image_urls

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_urls = d.pop("imageUrls", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_g4_image_to_image_request = cls(
            prompt=prompt,
            image_urls=image_urls,
            webhook_url=webhook_url,
        )

        rhart_image_g4_image_to_image_request.additional_properties = d
        return rhart_image_g4_image_to_image_request

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
