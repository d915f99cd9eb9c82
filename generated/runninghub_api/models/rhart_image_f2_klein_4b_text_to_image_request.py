from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f2_klein_4b_text_to_image_request_94_select import (
    RhartImageF2Klein4BTextToImageRequest94Select,
    check_rhart_image_f2_klein_4b_text_to_image_request_94_select,
)
from ..models.rhart_image_f2_klein_4b_text_to_image_request_103_file_type import (
    RhartImageF2Klein4BTextToImageRequest103FileType,
    check_rhart_image_f2_klein_4b_text_to_image_request_103_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageF2Klein4BTextToImageRequest")


@_attrs_define
class RhartImageF2Klein4BTextToImageRequest:
    """Request body of f-2-klein-4b/text-to-image.

    Attributes:
        field_103file_type (RhartImageF2Klein4BTextToImageRequest103FileType): output file format (ComfyUI node 103
            field file_type)
        field_9text (str): text prompt (ComfyUI node 9 field text)
        field_94select (RhartImageF2Klein4BTextToImageRequest94Select): output aspect ratio (ComfyUI node 94 field
            select)
        field_25value (int | Unset): width when aspect ratio is custom (ComfyUI node 25 field value) Default: 1024.
        field_26value (int | Unset): height when aspect ratio is custom (ComfyUI node 26 field value) Default: 1024.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_103file_type: RhartImageF2Klein4BTextToImageRequest103FileType
    field_9text: str
    field_94select: RhartImageF2Klein4BTextToImageRequest94Select
    field_25value: int | Unset = 1024
    field_26value: int | Unset = 1024
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_103file_type: str = self.field_103file_type

        field_9text = self.field_9text

        field_94select: str = self.field_94select

        field_25value = self.field_25value

        field_26value = self.field_26value

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "103##file_type": field_103file_type,
                "9##text": field_9text,
                "94##select": field_94select,
            }
        )
        if field_25value is not UNSET:
            field_dict["25##value"] = field_25value
        if field_26value is not UNSET:
            field_dict["26##value"] = field_26value
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_103file_type = (
            check_rhart_image_f2_klein_4b_text_to_image_request_103_file_type(
                d.pop("103##file_type")
            )
        )

        field_9text = d.pop("9##text")

        field_94select = check_rhart_image_f2_klein_4b_text_to_image_request_94_select(
            d.pop("94##select")
        )

        field_25value = d.pop("25##value", UNSET)

        field_26value = d.pop("26##value", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f2_klein_4b_text_to_image_request = cls(
            field_103file_type=field_103file_type,
            field_9text=field_9text,
            field_94select=field_94select,
            field_25value=field_25value,
            field_26value=field_26value,
            webhook_url=webhook_url,
        )

        rhart_image_f2_klein_4b_text_to_image_request.additional_properties = d
        return rhart_image_f2_klein_4b_text_to_image_request

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
