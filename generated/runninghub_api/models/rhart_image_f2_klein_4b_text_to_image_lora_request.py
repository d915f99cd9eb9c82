from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f2_klein_4b_text_to_image_lora_request_33_select import (
    RhartImageF2Klein4BTextToImageLoraRequest33Select,
    check_rhart_image_f2_klein_4b_text_to_image_lora_request_33_select,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageF2Klein4BTextToImageLoraRequest")


@_attrs_define
class RhartImageF2Klein4BTextToImageLoraRequest:
    """Request body of f-2-klein-4b/text-to-image-lora.

    Attributes:
        field_33select (RhartImageF2Klein4BTextToImageLoraRequest33Select): output aspect ratio (ComfyUI node 33 field
            select)
        field_9text (str): text prompt (ComfyUI node 9 field text)
        field_15lora_name (str | Unset): LoRA file name (ComfyUI node 15 field lora_name)
        field_15strength_model (float | Unset): LoRA strength (ComfyUI node 15 field strength_model) Default: 0.0.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_33select: RhartImageF2Klein4BTextToImageLoraRequest33Select
    field_9text: str
    field_15lora_name: str | Unset = UNSET
    field_15strength_model: float | Unset = 0.0
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_33select: str = self.field_33select

        field_9text = self.field_9text

        field_15lora_name = self.field_15lora_name

        field_15strength_model = self.field_15strength_model

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "33##select": field_33select,
                "9##text": field_9text,
            }
        )
        if field_15lora_name is not UNSET:
            field_dict["15##lora_name"] = field_15lora_name
        if field_15strength_model is not UNSET:
            field_dict["15##strength_model"] = field_15strength_model
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_33select = (
            check_rhart_image_f2_klein_4b_text_to_image_lora_request_33_select(
                d.pop("33##select")
            )
        )

        field_9text = d.pop("9##text")

        field_15lora_name = d.pop("15##lora_name", UNSET)

        field_15strength_model = d.pop("15##strength_model", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f2_klein_4b_text_to_image_lora_request = cls(
            field_33select=field_33select,
            field_9text=field_9text,
            field_15lora_name=field_15lora_name,
            field_15strength_model=field_15strength_model,
            webhook_url=webhook_url,
        )

        rhart_image_f2_klein_4b_text_to_image_lora_request.additional_properties = d
        return rhart_image_f2_klein_4b_text_to_image_lora_request

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
