from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_z_image_turbo_lora_request_30_select import (
    RhartImageZImageTurboLoraRequest30Select,
    check_rhart_image_z_image_turbo_lora_request_30_select,
)
from ..models.rhart_image_z_image_turbo_lora_request_34_file_type import (
    RhartImageZImageTurboLoraRequest34FileType,
    check_rhart_image_z_image_turbo_lora_request_34_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageZImageTurboLoraRequest")


@_attrs_define
class RhartImageZImageTurboLoraRequest:
    """Request body of z-image/turbo-lora.

    Attributes:
        field_30select (RhartImageZImageTurboLoraRequest30Select): output aspect ratio (ComfyUI node 30 field select)
        field_34file_type (RhartImageZImageTurboLoraRequest34FileType): output file format (ComfyUI node 34 field
            file_type)
        field_6text (str): text prompt (ComfyUI node 6 field text)
        field_38lora_name (str | Unset): LoRA file name (ComfyUI node 38 field lora_name)
        field_38strength_model (float | Unset): LoRA strength (ComfyUI node 38 field strength_model) Default: 1.0.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_30select: RhartImageZImageTurboLoraRequest30Select
    field_34file_type: RhartImageZImageTurboLoraRequest34FileType
    field_6text: str
    field_38lora_name: str | Unset = UNSET
    field_38strength_model: float | Unset = 1.0
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_30select: str = self.field_30select

        field_34file_type: str = self.field_34file_type

        field_6text = self.field_6text

        field_38lora_name = self.field_38lora_name

        field_38strength_model = self.field_38strength_model

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "30##select": field_30select,
                "34##file_type": field_34file_type,
                "6##text": field_6text,
            }
        )
        if field_38lora_name is not UNSET:
            field_dict["38##lora_name"] = field_38lora_name
        if field_38strength_model is not UNSET:
            field_dict["38##strength_model"] = field_38strength_model
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_30select = check_rhart_image_z_image_turbo_lora_request_30_select(
            d.pop("30##select")
        )

        field_34file_type = check_rhart_image_z_image_turbo_lora_request_34_file_type(
            d.pop("34##file_type")
        )

        field_6text = d.pop("6##text")

        field_38lora_name = d.pop("38##lora_name", UNSET)

        field_38strength_model = d.pop("38##strength_model", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_z_image_turbo_lora_request = cls(
            field_30select=field_30select,
            field_34file_type=field_34file_type,
            field_6text=field_6text,
            field_38lora_name=field_38lora_name,
            field_38strength_model=field_38strength_model,
            webhook_url=webhook_url,
        )

        rhart_image_z_image_turbo_lora_request.additional_properties = d
        return rhart_image_z_image_turbo_lora_request

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
