from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f2_dev_edit_lora_request_47_select import (
    RhartImageF2DevEditLoraRequest47Select,
    check_rhart_image_f2_dev_edit_lora_request_47_select,
)
from ..models.rhart_image_f2_dev_edit_lora_request_52_file_type import (
    RhartImageF2DevEditLoraRequest52FileType,
    check_rhart_image_f2_dev_edit_lora_request_52_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageF2DevEditLoraRequest")


@_attrs_define
class RhartImageF2DevEditLoraRequest:
    """Request body of f-2-dev/edit-lora.

    Attributes:
        field_16text (str): text prompt (ComfyUI node 16 field text)
        field_47select (RhartImageF2DevEditLoraRequest47Select): output aspect ratio (ComfyUI node 47 field select)
        field_51image (str): input image URL (ComfyUI node 51 field image)
        field_52file_type (RhartImageF2DevEditLoraRequest52FileType): output file format (ComfyUI node 52 field
            file_type)
        field_18lora_name (str | Unset): LoRA file name (ComfyUI node 18 field lora_name)
        field_18strength_model (float | Unset): LoRA strength (ComfyUI node 18 field strength_model) Default: 0.0.
        field_48value (int | Unset): width when aspect ratio is custom (ComfyUI node 48 field value) Default: 1024.
        field_49value (int | Unset): height when aspect ratio is custom (ComfyUI node 49 field value) Default: 1024.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_16text: str
    field_47select: RhartImageF2DevEditLoraRequest47Select
    field_51image: str
    field_52file_type: RhartImageF2DevEditLoraRequest52FileType
    field_18lora_name: str | Unset = UNSET
    field_18strength_model: float | Unset = 0.0
    field_48value: int | Unset = 1024
    field_49value: int | Unset = 1024
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_16text = self.field_16text

        field_47select: str = self.field_47select

        field_51image = self.field_51image

        field_52file_type: str = self.field_52file_type

        field_18lora_name = self.field_18lora_name

        field_18strength_model = self.field_18strength_model

        field_48value = self.field_48value

        field_49value = self.field_49value

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "16##text": field_16text,
                "47##select": field_47select,
                "51##image": field_51image,
                "52##file_type": field_52file_type,
            }
        )
        if field_18lora_name is not UNSET:
            field_dict["18##lora_name"] = field_18lora_name
        if field_18strength_model is not UNSET:
            field_dict["18##strength_model"] = field_18strength_model
        if field_48value is not UNSET:
            field_dict["48##value"] = field_48value
        if field_49value is not UNSET:
            field_dict["49##value"] = field_49value
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_16text = d.pop("16##text")

        field_47select = check_rhart_image_f2_dev_edit_lora_request_47_select(
            d.pop("47##select")
        )

        field_51image = d.pop("51##image")

        field_52file_type = check_rhart_image_f2_dev_edit_lora_request_52_file_type(
            d.pop("52##file_type")
        )

        field_18lora_name = d.pop("18##lora_name", UNSET)

        field_18strength_model = d.pop("18##strength_model", UNSET)

        field_48value = d.pop("48##value", UNSET)

        field_49value = d.pop("49##value", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f2_dev_edit_lora_request = cls(
            field_16text=field_16text,
            field_47select=field_47select,
            field_51image=field_51image,
            field_52file_type=field_52file_type,
            field_18lora_name=field_18lora_name,
            field_18strength_model=field_18strength_model,
            field_48value=field_48value,
            field_49value=field_49value,
            webhook_url=webhook_url,
        )

        rhart_image_f2_dev_edit_lora_request.additional_properties = d
        return rhart_image_f2_dev_edit_lora_request

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
