from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_qwen_image_edit_2511_request_28_select import (
    RhartImageQwenImageEdit2511Request28Select,
    check_rhart_image_qwen_image_edit_2511_request_28_select,
)
from ..models.rhart_image_qwen_image_edit_2511_request_52_file_type import (
    RhartImageQwenImageEdit2511Request52FileType,
    check_rhart_image_qwen_image_edit_2511_request_52_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageQwenImageEdit2511Request")


@_attrs_define
class RhartImageQwenImageEdit2511Request:
    """Request body of qwen-image/edit-2511.

    Attributes:
        field_28select (RhartImageQwenImageEdit2511Request28Select): output aspect ratio (ComfyUI node 28 field select)
        field_52file_type (RhartImageQwenImageEdit2511Request52FileType): output file format (ComfyUI node 52 field
            file_type)
        field_53text (str): text prompt (ComfyUI node 53 field text)
        field_57image (str): input image URL (ComfyUI node 57 field image)
        field_58image (str | Unset): input image URL (ComfyUI node 58 field image)
        field_59image (str | Unset): input image URL (ComfyUI node 59 field image)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_28select: RhartImageQwenImageEdit2511Request28Select
    field_52file_type: RhartImageQwenImageEdit2511Request52FileType
    field_53text: str
    field_57image: str
    field_58image: str | Unset = UNSET
    field_59image: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_28select: str = self.field_28select

        field_52file_type: str = self.field_52file_type

        field_53text = self.field_53text

        field_57image = self.field_57image

        field_58image = self.field_58image

        field_59image = self.field_59image

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "28##select": field_28select,
                "52##file_type": field_52file_type,
                "53##text": field_53text,
                "57##image": field_57image,
            }
        )
        if field_58image is not UNSET:
            field_dict["58##image"] = field_58image
        if field_59image is not UNSET:
            field_dict["59##image"] = field_59image
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_28select = check_rhart_image_qwen_image_edit_2511_request_28_select(
            d.pop("28##select")
        )

        field_52file_type = check_rhart_image_qwen_image_edit_2511_request_52_file_type(
            d.pop("52##file_type")
        )

        field_53text = d.pop("53##text")

        field_57image = d.pop("57##image")

        field_58image = d.pop("58##image", UNSET)

        field_59image = d.pop("59##image", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_qwen_image_edit_2511_request = cls(
            field_28select=field_28select,
            field_52file_type=field_52file_type,
            field_53text=field_53text,
            field_57image=field_57image,
            field_58image=field_58image,
            field_59image=field_59image,
            webhook_url=webhook_url,
        )

        rhart_image_qwen_image_edit_2511_request.additional_properties = d
        return rhart_image_qwen_image_edit_2511_request

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
