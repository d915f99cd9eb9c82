from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_qwen_image_text_to_image_2512_request_25_select import (
    RhartImageQwenImageTextToImage2512Request25Select,
    check_rhart_image_qwen_image_text_to_image_2512_request_25_select,
)
from ..models.rhart_image_qwen_image_text_to_image_2512_request_31_file_type import (
    RhartImageQwenImageTextToImage2512Request31FileType,
    check_rhart_image_qwen_image_text_to_image_2512_request_31_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageQwenImageTextToImage2512Request")


@_attrs_define
class RhartImageQwenImageTextToImage2512Request:
    """Request body of qwen-image/text-to-image-2512.

    Attributes:
        field_25select (RhartImageQwenImageTextToImage2512Request25Select): output aspect ratio (ComfyUI node 25 field
            select)
        field_3text (str): text prompt (ComfyUI node 3 field text)
        field_31file_type (RhartImageQwenImageTextToImage2512Request31FileType): output file format (ComfyUI node 31
            field file_type)
        field_23value (int | Unset): width when aspect ratio is custom (ComfyUI node 23 field value) Default: 1024.
        field_24value (int | Unset): height when aspect ratio is custom (ComfyUI node 24 field value) Default: 1024.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_25select: RhartImageQwenImageTextToImage2512Request25Select
    field_3text: str
    field_31file_type: RhartImageQwenImageTextToImage2512Request31FileType
    field_23value: int | Unset = 1024
    field_24value: int | Unset = 1024
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_25select: str = self.field_25select

        field_3text = self.field_3text

        field_31file_type: str = self.field_31file_type

        field_23value = self.field_23value

        field_24value = self.field_24value

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "25##select": field_25select,
                "3##text": field_3text,
                "31##file_type": field_31file_type,
            }
        )
        if field_23value is not UNSET:
            field_dict["23##value"] = field_23value
        if field_24value is not UNSET:
            field_dict["24##value"] = field_24value
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_25select = (
            check_rhart_image_qwen_image_text_to_image_2512_request_25_select(
                d.pop("25##select")
            )
        )

        field_3text = d.pop("3##text")

        field_31file_type = (
            check_rhart_image_qwen_image_text_to_image_2512_request_31_file_type(
                d.pop("31##file_type")
            )
        )

        field_23value = d.pop("23##value", UNSET)

        field_24value = d.pop("24##value", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_qwen_image_text_to_image_2512_request = cls(
            field_25select=field_25select,
            field_3text=field_3text,
            field_31file_type=field_31file_type,
            field_23value=field_23value,
            field_24value=field_24value,
            webhook_url=webhook_url,
        )

        rhart_image_qwen_image_text_to_image_2512_request.additional_properties = d
        return rhart_image_qwen_image_text_to_image_2512_request

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
