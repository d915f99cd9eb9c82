from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f_krea_dev_lora_request_133_select import (
    RhartImageFKreaDevLoraRequest133Select,
    check_rhart_image_f_krea_dev_lora_request_133_select,
)
from ..models.rhart_image_f_krea_dev_lora_request_135_file_type import (
    RhartImageFKreaDevLoraRequest135FileType,
    check_rhart_image_f_krea_dev_lora_request_135_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageFKreaDevLoraRequest")


@_attrs_define
class RhartImageFKreaDevLoraRequest:
    """Request body of f-krea-dev-lora.

    Attributes:
        field_133select (RhartImageFKreaDevLoraRequest133Select): output aspect ratio (ComfyUI node 133 field select)
        field_135file_type (RhartImageFKreaDevLoraRequest135FileType): output file format (ComfyUI node 135 field
            file_type)
        field_45text (str): text prompt (ComfyUI node 45 field text)
        field_115lora_name (str | Unset): LoRA file name (ComfyUI node 115 field lora_name)
        field_115strength_model (float | Unset): LoRA strength (ComfyUI node 115 field strength_model) Default: 0.0.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_133select: RhartImageFKreaDevLoraRequest133Select
    field_135file_type: RhartImageFKreaDevLoraRequest135FileType
    field_45text: str
    field_115lora_name: str | Unset = UNSET
    field_115strength_model: float | Unset = 0.0
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_133select: str = self.field_133select

        field_135file_type: str = self.field_135file_type

        field_45text = self.field_45text

        field_115lora_name = self.field_115lora_name

        field_115strength_model = self.field_115strength_model

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "133##select": field_133select,
                "135##file_type": field_135file_type,
                "45##text": field_45text,
            }
        )
        if field_115lora_name is not UNSET:
            field_dict["115##lora_name"] = field_115lora_name
        if field_115strength_model is not UNSET:
            field_dict["115##strength_model"] = field_115strength_model
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_133select = check_rhart_image_f_krea_dev_lora_request_133_select(
            d.pop("133##select")
        )

        field_135file_type = check_rhart_image_f_krea_dev_lora_request_135_file_type(
            d.pop("135##file_type")
        )

        field_45text = d.pop("45##text")

        field_115lora_name = d.pop("115##lora_name", UNSET)

        field_115strength_model = d.pop("115##strength_model", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f_krea_dev_lora_request = cls(
            field_133select=field_133select,
            field_135file_type=field_135file_type,
            field_45text=field_45text,
            field_115lora_name=field_115lora_name,
            field_115strength_model=field_115strength_model,
            webhook_url=webhook_url,
        )

        rhart_image_f_krea_dev_lora_request.additional_properties = d
        return rhart_image_f_krea_dev_lora_request

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
