from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f2_klein_9b_edit_request_55_file_type import (
    RhartImageF2Klein9BEditRequest55FileType,
    check_rhart_image_f2_klein_9b_edit_request_55_file_type,
)
from ..models.rhart_image_f2_klein_9b_edit_request_81_select import (
    RhartImageF2Klein9BEditRequest81Select,
    check_rhart_image_f2_klein_9b_edit_request_81_select,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageF2Klein9BEditRequest")


@_attrs_define
class RhartImageF2Klein9BEditRequest:
    """Request body of f-2-klein-9b/edit.

    Attributes:
        field_53image (str): input image URL (ComfyUI node 53 field image)
        field_54text (str): text prompt (ComfyUI node 54 field text)
        field_55file_type (RhartImageF2Klein9BEditRequest55FileType): output file format (ComfyUI node 55 field
            file_type)
        field_81select (RhartImageF2Klein9BEditRequest81Select): output aspect ratio (ComfyUI node 81 field select)
        field_69value (int | Unset): height when aspect ratio is custom (ComfyUI node 69 field value) Default: 1024.
        field_70value (int | Unset): width when aspect ratio is custom (ComfyUI node 70 field value) Default: 1024.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_53image: str
    field_54text: str
    field_55file_type: RhartImageF2Klein9BEditRequest55FileType
    field_81select: RhartImageF2Klein9BEditRequest81Select
    field_69value: int | Unset = 1024
    field_70value: int | Unset = 1024
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_53image = self.field_53image

        field_54text = self.field_54text

        field_55file_type: str = self.field_55file_type

        field_81select: str = self.field_81select

        field_69value = self.field_69value

        field_70value = self.field_70value

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "53##image": field_53image,
                "54##text": field_54text,
                "55##file_type": field_55file_type,
                "81##select": field_81select,
            }
        )
        if field_69value is not UNSET:
            field_dict["69##value"] = field_69value
        if field_70value is not UNSET:
            field_dict["70##value"] = field_70value
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_53image = d.pop("53##image")

        field_54text = d.pop("54##text")

        field_55file_type = check_rhart_image_f2_klein_9b_edit_request_55_file_type(
            d.pop("55##file_type")
        )

        field_81select = check_rhart_image_f2_klein_9b_edit_request_81_select(
            d.pop("81##select")
        )

        field_69value = d.pop("69##value", UNSET)

        field_70value = d.pop("70##value", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f2_klein_9b_edit_request = cls(
            field_53image=field_53image,
            field_54text=field_54text,
            field_55file_type=field_55file_type,
            field_81select=field_81select,
            field_69value=field_69value,
            field_70value=field_70value,
            webhook_url=webhook_url,
        )

        rhart_image_f2_klein_9b_edit_request.additional_properties = d
        return rhart_image_f2_klein_9b_edit_request

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
