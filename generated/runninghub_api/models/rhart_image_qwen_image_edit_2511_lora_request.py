from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_qwen_image_edit_2511_lora_request_32_select import (
    RhartImageQwenImageEdit2511LoraRequest32Select,
    check_rhart_image_qwen_image_edit_2511_lora_request_32_select,
)
from ..models.rhart_image_qwen_image_edit_2511_lora_request_40_file_type import (
    RhartImageQwenImageEdit2511LoraRequest40FileType,
    check_rhart_image_qwen_image_edit_2511_lora_request_40_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageQwenImageEdit2511LoraRequest")


@_attrs_define
class RhartImageQwenImageEdit2511LoraRequest:
    """Request body of qwen-image/edit-2511-lora.

    Attributes:
        field_32select (RhartImageQwenImageEdit2511LoraRequest32Select): output aspect ratio (ComfyUI node 32 field
            select)
        field_38text (str): text prompt (ComfyUI node 38 field text)
        field_44image (str): input image URL (ComfyUI node 44 field image)
        field_16lora_name (str | Unset): LoRA file name (ComfyUI node 16 field lora_name)
        field_16strength_model (float | Unset): LoRA strength (ComfyUI node 16 field strength_model) Default: 0.0.
        field_40file_type (RhartImageQwenImageEdit2511LoraRequest40FileType | Unset): output file format (ComfyUI node
            40 field file_type) Default: 'png'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_32select: RhartImageQwenImageEdit2511LoraRequest32Select
    field_38text: str
    field_44image: str
    field_16lora_name: str | Unset = UNSET
    field_16strength_model: float | Unset = 0.0
    field_40file_type: RhartImageQwenImageEdit2511LoraRequest40FileType | Unset = "png"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_32select: str = self.field_32select

        field_38text = self.field_38text

        field_44image = self.field_44image

        field_16lora_name = self.field_16lora_name

        field_16strength_model = self.field_16strength_model

        field_40file_type: str | Unset = UNSET
        if not isinstance(self.field_40file_type, Unset):
            field_40file_type = self.field_40file_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "32##select": field_32select,
                "38##text": field_38text,
                "44##image": field_44image,
            }
        )
        if field_16lora_name is not UNSET:
            field_dict["16##lora_name"] = field_16lora_name
        if field_16strength_model is not UNSET:
            field_dict["16##strength_model"] = field_16strength_model
        if field_40file_type is not UNSET:
            field_dict["40##file_type"] = field_40file_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_32select = check_rhart_image_qwen_image_edit_2511_lora_request_32_select(
            d.pop("32##select")
        )

        field_38text = d.pop("38##text")

        field_44image = d.pop("44##image")

        field_16lora_name = d.pop("16##lora_name", UNSET)

        field_16strength_model = d.pop("16##strength_model", UNSET)

        _field_40file_type = d.pop("40##file_type", UNSET)
        field_40file_type: RhartImageQwenImageEdit2511LoraRequest40FileType | Unset
        if isinstance(_field_40file_type, Unset):
            field_40file_type = UNSET
        else:
            field_40file_type = (
                check_rhart_image_qwen_image_edit_2511_lora_request_40_file_type(
                    _field_40file_type
                )
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_qwen_image_edit_2511_lora_request = cls(
            field_32select=field_32select,
            field_38text=field_38text,
            field_44image=field_44image,
            field_16lora_name=field_16lora_name,
            field_16strength_model=field_16strength_model,
            field_40file_type=field_40file_type,
            webhook_url=webhook_url,
        )

        rhart_image_qwen_image_edit_2511_lora_request.additional_properties = d
        return rhart_image_qwen_image_edit_2511_lora_request

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
