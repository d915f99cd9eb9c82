from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_f_kontext_dev_lora_request_16_file_type import (
    RhartVideoFKontextDevLoraRequest16FileType,
    check_rhart_video_f_kontext_dev_lora_request_16_file_type,
)
from ..models.rhart_video_f_kontext_dev_lora_request_41_select import (
    RhartVideoFKontextDevLoraRequest41Select,
    check_rhart_video_f_kontext_dev_lora_request_41_select,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoFKontextDevLoraRequest")


@_attrs_define
class RhartVideoFKontextDevLoraRequest:
    """Request body of f-kontext-dev-lora.

    Attributes:
        field_15image (str): input image URL (ComfyUI node 15 field image)
        field_4text (str): text prompt (ComfyUI node 4 field text)
        field_41select (RhartVideoFKontextDevLoraRequest41Select): output aspect ratio (ComfyUI node 41 field select)
        field_13lora_name (str | Unset): LoRA file name (ComfyUI node 13 field lora_name)
        field_13strength_model (float | Unset): LoRA strength (ComfyUI node 13 field strength_model) Default: 0.0.
        field_16file_type (RhartVideoFKontextDevLoraRequest16FileType | Unset): output file format (ComfyUI node 16
            field file_type) Default: 'png'.
        field_44value (int | Unset): width when aspect ratio is custom (ComfyUI node 44 field value) Default: 1024.
        field_45value (int | Unset): height when aspect ratio is custom (ComfyUI node 45 field value) Default: 1024.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_15image: str
    field_4text: str
    field_41select: RhartVideoFKontextDevLoraRequest41Select
    field_13lora_name: str | Unset = UNSET
    field_13strength_model: float | Unset = 0.0
    field_16file_type: RhartVideoFKontextDevLoraRequest16FileType | Unset = "png"
    field_44value: int | Unset = 1024
    field_45value: int | Unset = 1024
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_15image = self.field_15image

        field_4text = self.field_4text

        field_41select: str = self.field_41select

        field_13lora_name = self.field_13lora_name

        field_13strength_model = self.field_13strength_model

        field_16file_type: str | Unset = UNSET
        if not isinstance(self.field_16file_type, Unset):
            field_16file_type = self.field_16file_type

        field_44value = self.field_44value

        field_45value = self.field_45value

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "15##image": field_15image,
                "4##text": field_4text,
                "41##select": field_41select,
            }
        )
        if field_13lora_name is not UNSET:
            field_dict["13##lora_name"] = field_13lora_name
        if field_13strength_model is not UNSET:
            field_dict["13##strength_model"] = field_13strength_model
        if field_16file_type is not UNSET:
            field_dict["16##file_type"] = field_16file_type
        if field_44value is not UNSET:
            field_dict["44##value"] = field_44value
        if field_45value is not UNSET:
            field_dict["45##value"] = field_45value
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_15image = d.pop("15##image")

        field_4text = d.pop("4##text")

        field_41select = check_rhart_video_f_kontext_dev_lora_request_41_select(
            d.pop("41##select")
        )

        field_13lora_name = d.pop("13##lora_name", UNSET)

        field_13strength_model = d.pop("13##strength_model", UNSET)

        _field_16file_type = d.pop("16##file_type", UNSET)
        field_16file_type: RhartVideoFKontextDevLoraRequest16FileType | Unset
        if isinstance(_field_16file_type, Unset):
            field_16file_type = UNSET
        else:
            field_16file_type = (
                check_rhart_video_f_kontext_dev_lora_request_16_file_type(
                    _field_16file_type
                )
            )

        field_44value = d.pop("44##value", UNSET)

        field_45value = d.pop("45##value", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_f_kontext_dev_lora_request = cls(
            field_15image=field_15image,
            field_4text=field_4text,
            field_41select=field_41select,
            field_13lora_name=field_13lora_name,
            field_13strength_model=field_13strength_model,
            field_16file_type=field_16file_type,
            field_44value=field_44value,
            field_45value=field_45value,
            webhook_url=webhook_url,
        )

        rhart_video_f_kontext_dev_lora_request.additional_properties = d
        return rhart_video_f_kontext_dev_lora_request

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
