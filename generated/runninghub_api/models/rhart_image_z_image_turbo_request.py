from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_z_image_turbo_request_28_select import (
    RhartImageZImageTurboRequest28Select,
    check_rhart_image_z_image_turbo_request_28_select,
)
from ..models.rhart_image_z_image_turbo_request_29_file_type import (
    RhartImageZImageTurboRequest29FileType,
    check_rhart_image_z_image_turbo_request_29_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageZImageTurboRequest")


@_attrs_define
class RhartImageZImageTurboRequest:
    """Request body of z-image/turbo.

    Attributes:
        field_10text (str): text prompt (ComfyUI node 10 field text)
        field_28select (RhartImageZImageTurboRequest28Select): output aspect ratio (ComfyUI node 28 field select)
        field_29file_type (RhartImageZImageTurboRequest29FileType | Unset): output file format (ComfyUI node 29 field
            file_type) Default: 'png'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_10text: str
    field_28select: RhartImageZImageTurboRequest28Select
    field_29file_type: RhartImageZImageTurboRequest29FileType | Unset = "png"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_10text = self.field_10text

        field_28select: str = self.field_28select

        field_29file_type: str | Unset = UNSET
        if not isinstance(self.field_29file_type, Unset):
            field_29file_type = self.field_29file_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "10##text": field_10text,
                "28##select": field_28select,
            }
        )
        if field_29file_type is not UNSET:
            field_dict["29##file_type"] = field_29file_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_10text = d.pop("10##text")

        field_28select = check_rhart_image_z_image_turbo_request_28_select(
            d.pop("28##select")
        )

        _field_29file_type = d.pop("29##file_type", UNSET)
        field_29file_type: RhartImageZImageTurboRequest29FileType | Unset
        if isinstance(_field_29file_type, Unset):
            field_29file_type = UNSET
        else:
            field_29file_type = check_rhart_image_z_image_turbo_request_29_file_type(
                _field_29file_type
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_z_image_turbo_request = cls(
            field_10text=field_10text,
            field_28select=field_28select,
            field_29file_type=field_29file_type,
            webhook_url=webhook_url,
        )

        rhart_image_z_image_turbo_request.additional_properties = d
        return rhart_image_z_image_turbo_request

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
