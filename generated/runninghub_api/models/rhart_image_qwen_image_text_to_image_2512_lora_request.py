from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_qwen_image_text_to_image_2512_lora_request_24_select import (
    RhartImageQwenImageTextToImage2512LoraRequest24Select,
    check_rhart_image_qwen_image_text_to_image_2512_lora_request_24_select,
)
from ..models.rhart_image_qwen_image_text_to_image_2512_lora_request_30_file_type import (
    RhartImageQwenImageTextToImage2512LoraRequest30FileType,
    check_rhart_image_qwen_image_text_to_image_2512_lora_request_30_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageQwenImageTextToImage2512LoraRequest")


@_attrs_define
class RhartImageQwenImageTextToImage2512LoraRequest:
    """Request body of qwen-image/text-to-image-2512-lora.

    Attributes:
        field_24select (RhartImageQwenImageTextToImage2512LoraRequest24Select): output aspect ratio (ComfyUI node 24
            field select)
        field_6text (str): text prompt (ComfyUI node 6 field text)
        field_10lora_name (str | Unset): LoRA file name (ComfyUI node 10 field lora_name)
        field_10strength_model (float | Unset): LoRA strength (ComfyUI node 10 field strength_model) Default: 0.0.
        field_30file_type (RhartImageQwenImageTextToImage2512LoraRequest30FileType | Unset): output file format (ComfyUI
            node 30 field file_type) Default: 'png'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_24select: RhartImageQwenImageTextToImage2512LoraRequest24Select
    field_6text: str
    field_10lora_name: str | Unset = UNSET
    field_10strength_model: float | Unset = 0.0
    field_30file_type: (
        RhartImageQwenImageTextToImage2512LoraRequest30FileType | Unset
    ) = "png"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_24select: str = self.field_24select

        field_6text = self.field_6text

        field_10lora_name = self.field_10lora_name

        field_10strength_model = self.field_10strength_model

        field_30file_type: str | Unset = UNSET
        if not isinstance(self.field_30file_type, Unset):
            field_30file_type = self.field_30file_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "24##select": field_24select,
                "6##text": field_6text,
            }
        )
        if field_10lora_name is not UNSET:
            field_dict["10##lora_name"] = field_10lora_name
        if field_10strength_model is not UNSET:
            field_dict["10##strength_model"] = field_10strength_model
        if field_30file_type is not UNSET:
            field_dict["30##file_type"] = field_30file_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_24select = (
            check_rhart_image_qwen_image_text_to_image_2512_lora_request_24_select(
                d.pop("24##select")
            )
        )

        field_6text = d.pop("6##text")

        field_10lora_name = d.pop("10##lora_name", UNSET)

        field_10strength_model = d.pop("10##strength_model", UNSET)

        _field_30file_type = d.pop("30##file_type", UNSET)
        field_30file_type: (
            RhartImageQwenImageTextToImage2512LoraRequest30FileType | Unset
        )
        if isinstance(_field_30file_type, Unset):
            field_30file_type = UNSET
        else:
            field_30file_type = check_rhart_image_qwen_image_text_to_image_2512_lora_request_30_file_type(
                _field_30file_type
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_qwen_image_text_to_image_2512_lora_request = cls(
            field_24select=field_24select,
            field_6text=field_6text,
            field_10lora_name=field_10lora_name,
            field_10strength_model=field_10strength_model,
            field_30file_type=field_30file_type,
            webhook_url=webhook_url,
        )

        rhart_image_qwen_image_text_to_image_2512_lora_request.additional_properties = d
        return rhart_image_qwen_image_text_to_image_2512_lora_request

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
