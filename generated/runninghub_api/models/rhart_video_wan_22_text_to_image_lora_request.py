from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_wan_22_text_to_image_lora_request_201_file_type import (
    RhartVideoWan22TextToImageLoraRequest201FileType,
    check_rhart_video_wan_22_text_to_image_lora_request_201_file_type,
)
from ..models.rhart_video_wan_22_text_to_image_lora_request_225_select import (
    RhartVideoWan22TextToImageLoraRequest225Select,
    check_rhart_video_wan_22_text_to_image_lora_request_225_select,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoWan22TextToImageLoraRequest")


@_attrs_define
class RhartVideoWan22TextToImageLoraRequest:
    """Request body of wan-2.2/text-to-image-lora.

    Attributes:
        field_201file_type (RhartVideoWan22TextToImageLoraRequest201FileType): output file format (ComfyUI node 201
            field file_type)
        field_225select (RhartVideoWan22TextToImageLoraRequest225Select): output aspect ratio (ComfyUI node 225 field
            select)
        field_79text (str): text prompt (ComfyUI node 79 field text)
        field_215value (int | Unset): height when aspect ratio is custom (ComfyUI node 215 field value) Default: 1024.
        field_216value (int | Unset): width when aspect ratio is custom (ComfyUI node 216 field value) Default: 1024.
        field_229lora_name (str | Unset): LoRA file name (ComfyUI node 229 field lora_name)
        field_229strength_model (float | Unset): LoRA strength (ComfyUI node 229 field strength_model) Default: 0.0.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_201file_type: RhartVideoWan22TextToImageLoraRequest201FileType
    field_225select: RhartVideoWan22TextToImageLoraRequest225Select
    field_79text: str
    field_215value: int | Unset = 1024
    field_216value: int | Unset = 1024
    field_229lora_name: str | Unset = UNSET
    field_229strength_model: float | Unset = 0.0
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_201file_type: str = self.field_201file_type

        field_225select: str = self.field_225select

        field_79text = self.field_79text

        field_215value = self.field_215value

        field_216value = self.field_216value

        field_229lora_name = self.field_229lora_name

        field_229strength_model = self.field_229strength_model

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "201##file_type": field_201file_type,
                "225##select": field_225select,
                "79##text": field_79text,
            }
        )
        if field_215value is not UNSET:
            field_dict["215##value"] = field_215value
        if field_216value is not UNSET:
            field_dict["216##value"] = field_216value
        if field_229lora_name is not UNSET:
            field_dict["229##lora_name"] = field_229lora_name
        if field_229strength_model is not UNSET:
            field_dict["229##strength_model"] = field_229strength_model
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_201file_type = (
            check_rhart_video_wan_22_text_to_image_lora_request_201_file_type(
                d.pop("201##file_type")
            )
        )

        field_225select = (
            check_rhart_video_wan_22_text_to_image_lora_request_225_select(
                d.pop("225##select")
            )
        )

        field_79text = d.pop("79##text")

        field_215value = d.pop("215##value", UNSET)

        field_216value = d.pop("216##value", UNSET)

        field_229lora_name = d.pop("229##lora_name", UNSET)

        field_229strength_model = d.pop("229##strength_model", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_wan_22_text_to_image_lora_request = cls(
            field_201file_type=field_201file_type,
            field_225select=field_225select,
            field_79text=field_79text,
            field_215value=field_215value,
            field_216value=field_216value,
            field_229lora_name=field_229lora_name,
            field_229strength_model=field_229strength_model,
            webhook_url=webhook_url,
        )

        rhart_video_wan_22_text_to_image_lora_request.additional_properties = d
        return rhart_video_wan_22_text_to_image_lora_request

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
