from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_g_image_to_image_request_model import (
    RhartImageGImageToImageRequestModel,
    check_rhart_image_g_image_to_image_request_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageGImageToImageRequest")


@_attrs_define
class RhartImageGImageToImageRequest:
    """Request body of grok-image/image-to-image/channel-low-price.

    Attributes:
        model (RhartImageGImageToImageRequestModel): model variant
        prompt (str): text prompt
        image_url (str | Unset): input image URL
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    model: RhartImageGImageToImageRequestModel
    prompt: str
    image_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        image_url = self.image_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_rhart_image_g_image_to_image_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        image_url = d.pop("imageUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_g_image_to_image_request = cls(
            model=model,
            prompt=prompt,
            image_url=image_url,
            webhook_url=webhook_url,
        )

        rhart_image_g_image_to_image_request.additional_properties = d
        return rhart_image_g_image_to_image_request

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
