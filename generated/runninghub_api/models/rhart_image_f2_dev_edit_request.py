from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f2_dev_edit_request_46_select import (
    RhartImageF2DevEditRequest46Select,
    check_rhart_image_f2_dev_edit_request_46_select,
)
from ..models.rhart_image_f2_dev_edit_request_51_file_type import (
    RhartImageF2DevEditRequest51FileType,
    check_rhart_image_f2_dev_edit_request_51_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageF2DevEditRequest")


@_attrs_define
class RhartImageF2DevEditRequest:
    """Request body of f-2-dev/edit.

    Attributes:
        field_17text (str): text prompt (ComfyUI node 17 field text)
        field_20image (str): input image URL (ComfyUI node 20 field image)
        field_46select (RhartImageF2DevEditRequest46Select): output aspect ratio (ComfyUI node 46 field select)
        field_51file_type (RhartImageF2DevEditRequest51FileType): output file format (ComfyUI node 51 field file_type)
        field_34value (int | Unset): height when aspect ratio is custom (ComfyUI node 34 field value) Default: 1024.
        field_35value (int | Unset): width when aspect ratio is custom (ComfyUI node 35 field value) Default: 1024.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_17text: str
    field_20image: str
    field_46select: RhartImageF2DevEditRequest46Select
    field_51file_type: RhartImageF2DevEditRequest51FileType
    field_34value: int | Unset = 1024
    field_35value: int | Unset = 1024
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_17text = self.field_17text

        field_20image = self.field_20image

        field_46select: str = self.field_46select

        field_51file_type: str = self.field_51file_type

        field_34value = self.field_34value

        field_35value = self.field_35value

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "17##text": field_17text,
                "20##image": field_20image,
                "46##select": field_46select,
                "51##file_type": field_51file_type,
            }
        )
        if field_34value is not UNSET:
            field_dict["34##value"] = field_34value
        if field_35value is not UNSET:
            field_dict["35##value"] = field_35value
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_17text = d.pop("17##text")

        field_20image = d.pop("20##image")

        field_46select = check_rhart_image_f2_dev_edit_request_46_select(
            d.pop("46##select")
        )

        field_51file_type = check_rhart_image_f2_dev_edit_request_51_file_type(
            d.pop("51##file_type")
        )

        field_34value = d.pop("34##value", UNSET)

        field_35value = d.pop("35##value", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f2_dev_edit_request = cls(
            field_17text=field_17text,
            field_20image=field_20image,
            field_46select=field_46select,
            field_51file_type=field_51file_type,
            field_34value=field_34value,
            field_35value=field_35value,
            webhook_url=webhook_url,
        )

        rhart_image_f2_dev_edit_request.additional_properties = d
        return rhart_image_f2_dev_edit_request

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
