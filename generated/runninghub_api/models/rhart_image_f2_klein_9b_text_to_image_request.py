from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f2_klein_9b_text_to_image_request_51_select import (
    RhartImageF2Klein9BTextToImageRequest51Select,
    check_rhart_image_f2_klein_9b_text_to_image_request_51_select,
)
from ..models.rhart_image_f2_klein_9b_text_to_image_request_54_file_type import (
    RhartImageF2Klein9BTextToImageRequest54FileType,
    check_rhart_image_f2_klein_9b_text_to_image_request_54_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageF2Klein9BTextToImageRequest")


@_attrs_define
class RhartImageF2Klein9BTextToImageRequest:
    """Request body of f-2-klein-9b/text-to-image.

    Attributes:
        field_36text (str): text prompt (ComfyUI node 36 field text)
        field_51select (RhartImageF2Klein9BTextToImageRequest51Select): output aspect ratio (ComfyUI node 51 field
            select)
        field_54file_type (RhartImageF2Klein9BTextToImageRequest54FileType): output file format (ComfyUI node 54 field
            file_type)
        field_34value (int | Unset): height when aspect ratio is custom (ComfyUI node 34 field value) Default: 1024.
        field_35value (int | Unset): width when aspect ratio is custom (ComfyUI node 35 field value) Default: 1024.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_36text: str
    field_51select: RhartImageF2Klein9BTextToImageRequest51Select
    field_54file_type: RhartImageF2Klein9BTextToImageRequest54FileType
    field_34value: int | Unset = 1024
    field_35value: int | Unset = 1024
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_36text = self.field_36text

        field_51select: str = self.field_51select

        field_54file_type: str = self.field_54file_type

        field_34value = self.field_34value

        field_35value = self.field_35value

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "36##text": field_36text,
                "51##select": field_51select,
                "54##file_type": field_54file_type,
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
        field_36text = d.pop("36##text")

        field_51select = check_rhart_image_f2_klein_9b_text_to_image_request_51_select(
            d.pop("51##select")
        )

        field_54file_type = (
            check_rhart_image_f2_klein_9b_text_to_image_request_54_file_type(
                d.pop("54##file_type")
            )
        )

        field_34value = d.pop("34##value", UNSET)

        field_35value = d.pop("35##value", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f2_klein_9b_text_to_image_request = cls(
            field_36text=field_36text,
            field_51select=field_51select,
            field_54file_type=field_54file_type,
            field_34value=field_34value,
            field_35value=field_35value,
            webhook_url=webhook_url,
        )

        rhart_image_f2_klein_9b_text_to_image_request.additional_properties = d
        return rhart_image_f2_klein_9b_text_to_image_request

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
