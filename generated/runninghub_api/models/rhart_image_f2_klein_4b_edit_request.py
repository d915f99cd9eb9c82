from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f2_klein_4b_edit_request_47_select import (
    RhartImageF2Klein4BEditRequest47Select,
    check_rhart_image_f2_klein_4b_edit_request_47_select,
)
from ..models.rhart_image_f2_klein_4b_edit_request_51_file_type import (
    RhartImageF2Klein4BEditRequest51FileType,
    check_rhart_image_f2_klein_4b_edit_request_51_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageF2Klein4BEditRequest")


@_attrs_define
class RhartImageF2Klein4BEditRequest:
    """Request body of f-2-klein-4b/edit.

    Attributes:
        field_17text (str): text prompt (ComfyUI node 17 field text)
        field_19image (str): input image URL (ComfyUI node 19 field image)
        field_47select (RhartImageF2Klein4BEditRequest47Select): output aspect ratio (ComfyUI node 47 field select)
        field_51file_type (RhartImageF2Klein4BEditRequest51FileType): output file format (ComfyUI node 51 field
            file_type)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_17text: str
    field_19image: str
    field_47select: RhartImageF2Klein4BEditRequest47Select
    field_51file_type: RhartImageF2Klein4BEditRequest51FileType
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_17text = self.field_17text

        field_19image = self.field_19image

        field_47select: str = self.field_47select

        field_51file_type: str = self.field_51file_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "17##text": field_17text,
                "19##image": field_19image,
                "47##select": field_47select,
                "51##file_type": field_51file_type,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_17text = d.pop("17##text")

        field_19image = d.pop("19##image")

        field_47select = check_rhart_image_f2_klein_4b_edit_request_47_select(
            d.pop("47##select")
        )

        field_51file_type = check_rhart_image_f2_klein_4b_edit_request_51_file_type(
            d.pop("51##file_type")
        )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f2_klein_4b_edit_request = cls(
            field_17text=field_17text,
            field_19image=field_19image,
            field_47select=field_47select,
            field_51file_type=field_51file_type,
            webhook_url=webhook_url,
        )

        rhart_image_f2_klein_4b_edit_request.additional_properties = d
        return rhart_image_f2_klein_4b_edit_request

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
