from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f_dev_request_43_select import (
    RhartImageFDevRequest43Select,
    check_rhart_image_f_dev_request_43_select,
)
from ..models.rhart_image_f_dev_request_48_file_type import (
    RhartImageFDevRequest48FileType,
    check_rhart_image_f_dev_request_48_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageFDevRequest")


@_attrs_define
class RhartImageFDevRequest:
    """Request body of f-dev.

    Attributes:
        field_23text (str): text prompt (ComfyUI node 23 field text)
        field_43select (RhartImageFDevRequest43Select): output aspect ratio (ComfyUI node 43 field select)
        field_48file_type (RhartImageFDevRequest48FileType): output file format (ComfyUI node 48 field file_type)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_23text: str
    field_43select: RhartImageFDevRequest43Select
    field_48file_type: RhartImageFDevRequest48FileType
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_23text = self.field_23text

        field_43select: str = self.field_43select

        field_48file_type: str = self.field_48file_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "23##text": field_23text,
                "43##select": field_43select,
                "48##file_type": field_48file_type,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_23text = d.pop("23##text")

        field_43select = check_rhart_image_f_dev_request_43_select(d.pop("43##select"))

        field_48file_type = check_rhart_image_f_dev_request_48_file_type(
            d.pop("48##file_type")
        )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f_dev_request = cls(
            field_23text=field_23text,
            field_43select=field_43select,
            field_48file_type=field_48file_type,
            webhook_url=webhook_url,
        )

        rhart_image_f_dev_request.additional_properties = d
        return rhart_image_f_dev_request

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
