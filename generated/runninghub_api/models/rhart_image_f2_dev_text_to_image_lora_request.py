from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f2_dev_text_to_image_lora_request_42_select import (
    RhartImageF2DevTextToImageLoraRequest42Select,
    check_rhart_image_f2_dev_text_to_image_lora_request_42_select,
)
from ..models.rhart_image_f2_dev_text_to_image_lora_request_44_file_type import (
    RhartImageF2DevTextToImageLoraRequest44FileType,
    check_rhart_image_f2_dev_text_to_image_lora_request_44_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageF2DevTextToImageLoraRequest")


@_attrs_define
class RhartImageF2DevTextToImageLoraRequest:
    """Request body of f-2-dev/text-to-image-lora.

    Attributes:
        field_12text (str): text prompt (ComfyUI node 12 field text)
        field_42select (RhartImageF2DevTextToImageLoraRequest42Select): output aspect ratio (ComfyUI node 42 field
            select)
        field_44file_type (RhartImageF2DevTextToImageLoraRequest44FileType): output file format (ComfyUI node 44 field
            file_type)
        field_16lora_name (str | Unset): LoRA file name (ComfyUI node 16 field lora_name)
        field_16strength_model (float | Unset): LoRA strength (ComfyUI node 16 field strength_model) Default: 0.0.
        field_30value (int | Unset): height when aspect ratio is custom (ComfyUI node 30 field value) Default: 1024.
        field_43value (int | Unset): width when aspect ratio is custom (ComfyUI node 43 field value) Default: 1024.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_12text: str
    field_42select: RhartImageF2DevTextToImageLoraRequest42Select
    field_44file_type: RhartImageF2DevTextToImageLoraRequest44FileType
    field_16lora_name: str | Unset = UNSET
    field_16strength_model: float | Unset = 0.0
    field_30value: int | Unset = 1024
    field_43value: int | Unset = 1024
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_12text = self.field_12text

        field_42select: str = self.field_42select

        field_44file_type: str = self.field_44file_type

        field_16lora_name = self.field_16lora_name

        field_16strength_model = self.field_16strength_model

        field_30value = self.field_30value

        field_43value = self.field_43value

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "12##text": field_12text,
                "42##select": field_42select,
                "44##file_type": field_44file_type,
            }
        )
        if field_16lora_name is not UNSET:
            field_dict["16##lora_name"] = field_16lora_name
        if field_16strength_model is not UNSET:
            field_dict["16##strength_model"] = field_16strength_model
        if field_30value is not UNSET:
            field_dict["30##value"] = field_30value
        if field_43value is not UNSET:
            field_dict["43##value"] = field_43value
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_12text = d.pop("12##text")

        field_42select = check_rhart_image_f2_dev_text_to_image_lora_request_42_select(
            d.pop("42##select")
        )

        field_44file_type = (
            check_rhart_image_f2_dev_text_to_image_lora_request_44_file_type(
                d.pop("44##file_type")
            )
        )

        field_16lora_name = d.pop("16##lora_name", UNSET)

        field_16strength_model = d.pop("16##strength_model", UNSET)

        field_30value = d.pop("30##value", UNSET)

        field_43value = d.pop("43##value", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f2_dev_text_to_image_lora_request = cls(
            field_12text=field_12text,
            field_42select=field_42select,
            field_44file_type=field_44file_type,
            field_16lora_name=field_16lora_name,
            field_16strength_model=field_16strength_model,
            field_30value=field_30value,
            field_43value=field_43value,
            webhook_url=webhook_url,
        )

        rhart_image_f2_dev_text_to_image_lora_request.additional_properties = d
        return rhart_image_f2_dev_text_to_image_lora_request

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
