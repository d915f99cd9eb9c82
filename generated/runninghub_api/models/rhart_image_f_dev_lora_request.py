from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f_dev_lora_request_104_select import (
    RhartImageFDevLoraRequest104Select,
    check_rhart_image_f_dev_lora_request_104_select,
)
from ..models.rhart_image_f_dev_lora_request_106_file_type import (
    RhartImageFDevLoraRequest106FileType,
    check_rhart_image_f_dev_lora_request_106_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageFDevLoraRequest")


@_attrs_define
class RhartImageFDevLoraRequest:
    """Request body of f-dev-lora.

    Attributes:
        field_104select (RhartImageFDevLoraRequest104Select): output aspect ratio (ComfyUI node 104 field select)
        field_105text (str): text prompt (ComfyUI node 105 field text)
        field_106file_type (RhartImageFDevLoraRequest106FileType): output file format (ComfyUI node 106 field file_type)
        field_107lora_name (str | Unset): LoRA file name (ComfyUI node 107 field lora_name)
        field_107strength_model (float | Unset): LoRA strength (ComfyUI node 107 field strength_model) Default: 1.0.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_104select: RhartImageFDevLoraRequest104Select
    field_105text: str
    field_106file_type: RhartImageFDevLoraRequest106FileType
    field_107lora_name: str | Unset = UNSET
    field_107strength_model: float | Unset = 1.0
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_104select: str = self.field_104select

        field_105text = self.field_105text

        field_106file_type: str = self.field_106file_type

        field_107lora_name = self.field_107lora_name

        field_107strength_model = self.field_107strength_model

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "104##select": field_104select,
                "105##text": field_105text,
                "106##file_type": field_106file_type,
            }
        )
        if field_107lora_name is not UNSET:
            field_dict["107##lora_name"] = field_107lora_name
        if field_107strength_model is not UNSET:
            field_dict["107##strength_model"] = field_107strength_model
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_104select = check_rhart_image_f_dev_lora_request_104_select(
            d.pop("104##select")
        )

        field_105text = d.pop("105##text")

        field_106file_type = check_rhart_image_f_dev_lora_request_106_file_type(
            d.pop("106##file_type")
        )

        field_107lora_name = d.pop("107##lora_name", UNSET)

        field_107strength_model = d.pop("107##strength_model", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f_dev_lora_request = cls(
            field_104select=field_104select,
            field_105text=field_105text,
            field_106file_type=field_106file_type,
            field_107lora_name=field_107lora_name,
            field_107strength_model=field_107strength_model,
            webhook_url=webhook_url,
        )

        rhart_image_f_dev_lora_request.additional_properties = d
        return rhart_image_f_dev_lora_request

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
