from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f2_klein_9b_text_to_image_lora_request_52_select import (
    RhartImageF2Klein9BTextToImageLoraRequest52Select,
    check_rhart_image_f2_klein_9b_text_to_image_lora_request_52_select,
)
from ..models.rhart_image_f2_klein_9b_text_to_image_lora_request_55_file_type import (
    RhartImageF2Klein9BTextToImageLoraRequest55FileType,
    check_rhart_image_f2_klein_9b_text_to_image_lora_request_55_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageF2Klein9BTextToImageLoraRequest")


@_attrs_define
class RhartImageF2Klein9BTextToImageLoraRequest:
    """Request body of f-2-klein-9b/text-to-image-lora.

    Attributes:
        field_37text (str): text prompt (ComfyUI node 37 field text)
        field_52select (RhartImageF2Klein9BTextToImageLoraRequest52Select): output aspect ratio (ComfyUI node 52 field
            select)
        field_55file_type (RhartImageF2Klein9BTextToImageLoraRequest55FileType): output file format (ComfyUI node 55
            field file_type)
        field_35value (int | Unset): height when aspect ratio is custom (ComfyUI node 35 field value) Default: 1024.
        field_36value (int | Unset): width when aspect ratio is custom (ComfyUI node 36 field value) Default: 1024.
        field_59lora_name (str | Unset): LoRA file name (ComfyUI node 59 field lora_name)
        field_59strength_model (float | Unset): LoRA strength (ComfyUI node 59 field strength_model) Default: 0.0.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_37text: str
    field_52select: RhartImageF2Klein9BTextToImageLoraRequest52Select
    field_55file_type: RhartImageF2Klein9BTextToImageLoraRequest55FileType
    field_35value: int | Unset = 1024
    field_36value: int | Unset = 1024
    field_59lora_name: str | Unset = UNSET
    field_59strength_model: float | Unset = 0.0
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_37text = self.field_37text

        field_52select: str = self.field_52select

        field_55file_type: str = self.field_55file_type

        field_35value = self.field_35value

        field_36value = self.field_36value

        field_59lora_name = self.field_59lora_name

        field_59strength_model = self.field_59strength_model

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "37##text": field_37text,
                "52##select": field_52select,
                "55##file_type": field_55file_type,
            }
        )
        if field_35value is not UNSET:
            field_dict["35##value"] = field_35value
        if field_36value is not UNSET:
            field_dict["36##value"] = field_36value
        if field_59lora_name is not UNSET:
            field_dict["59##lora_name"] = field_59lora_name
        if field_59strength_model is not UNSET:
            field_dict["59##strength_model"] = field_59strength_model
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_37text = d.pop("37##text")

        field_52select = (
            check_rhart_image_f2_klein_9b_text_to_image_lora_request_52_select(
                d.pop("52##select")
            )
        )

        field_55file_type = (
            check_rhart_image_f2_klein_9b_text_to_image_lora_request_55_file_type(
                d.pop("55##file_type")
            )
        )

        field_35value = d.pop("35##value", UNSET)

        field_36value = d.pop("36##value", UNSET)

        field_59lora_name = d.pop("59##lora_name", UNSET)

        field_59strength_model = d.pop("59##strength_model", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f2_klein_9b_text_to_image_lora_request = cls(
            field_37text=field_37text,
            field_52select=field_52select,
            field_55file_type=field_55file_type,
            field_35value=field_35value,
            field_36value=field_36value,
            field_59lora_name=field_59lora_name,
            field_59strength_model=field_59strength_model,
            webhook_url=webhook_url,
        )

        rhart_image_f2_klein_9b_text_to_image_lora_request.additional_properties = d
        return rhart_image_f2_klein_9b_text_to_image_lora_request

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
