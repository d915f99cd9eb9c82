from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f2_klein_4b_edit_lora_request_37_select import (
    RhartImageF2Klein4BEditLoraRequest37Select,
    check_rhart_image_f2_klein_4b_edit_lora_request_37_select,
)
from ..models.rhart_image_f2_klein_4b_edit_lora_request_40_file_type import (
    RhartImageF2Klein4BEditLoraRequest40FileType,
    check_rhart_image_f2_klein_4b_edit_lora_request_40_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageF2Klein4BEditLoraRequest")


@_attrs_define
class RhartImageF2Klein4BEditLoraRequest:
    """Request body of f-2-klein-4b/edit-lora.

    Attributes:
        field_16text (str): text prompt (ComfyUI node 16 field text)
        field_37select (RhartImageF2Klein4BEditLoraRequest37Select): output aspect ratio (ComfyUI node 37 field select)
        field_40file_type (RhartImageF2Klein4BEditLoraRequest40FileType): output file format (ComfyUI node 40 field
            file_type)
        field_41image (str): input image URL (ComfyUI node 41 field image)
        field_18lora_name (str | Unset): LoRA file name (ComfyUI node 18 field lora_name)
        field_18strength_model (float | Unset): LoRA strength (ComfyUI node 18 field strength_model) Default: 0.0.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_16text: str
    field_37select: RhartImageF2Klein4BEditLoraRequest37Select
    field_40file_type: RhartImageF2Klein4BEditLoraRequest40FileType
    field_41image: str
    field_18lora_name: str | Unset = UNSET
    field_18strength_model: float | Unset = 0.0
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_16text = self.field_16text

        field_37select: str = self.field_37select

        field_40file_type: str = self.field_40file_type

        field_41image = self.field_41image

        field_18lora_name = self.field_18lora_name

        field_18strength_model = self.field_18strength_model

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "16##text": field_16text,
                "37##select": field_37select,
                "40##file_type": field_40file_type,
                "41##image": field_41image,
            }
        )
        if field_18lora_name is not UNSET:
            field_dict["18##lora_name"] = field_18lora_name
        if field_18strength_model is not UNSET:
            field_dict["18##strength_model"] = field_18strength_model
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_16text = d.pop("16##text")

        field_37select = check_rhart_image_f2_klein_4b_edit_lora_request_37_select(
            d.pop("37##select")
        )

        field_40file_type = (
            check_rhart_image_f2_klein_4b_edit_lora_request_40_file_type(
                d.pop("40##file_type")
            )
        )

        field_41image = d.pop("41##image")

        field_18lora_name = d.pop("18##lora_name", UNSET)

        field_18strength_model = d.pop("18##strength_model", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f2_klein_4b_edit_lora_request = cls(
            field_16text=field_16text,
            field_37select=field_37select,
            field_40file_type=field_40file_type,
            field_41image=field_41image,
            field_18lora_name=field_18lora_name,
            field_18strength_model=field_18strength_model,
            webhook_url=webhook_url,
        )

        rhart_image_f2_klein_4b_edit_lora_request.additional_properties = d
        return rhart_image_f2_klein_4b_edit_lora_request

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
