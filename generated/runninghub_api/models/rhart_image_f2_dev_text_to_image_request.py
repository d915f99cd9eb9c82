from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_f2_dev_text_to_image_request_41_select import (
    RhartImageF2DevTextToImageRequest41Select,
    check_rhart_image_f2_dev_text_to_image_request_41_select,
)
from ..models.rhart_image_f2_dev_text_to_image_request_43_file_type import (
    RhartImageF2DevTextToImageRequest43FileType,
    check_rhart_image_f2_dev_text_to_image_request_43_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageF2DevTextToImageRequest")


@_attrs_define
class RhartImageF2DevTextToImageRequest:
    """Request body of f-2-dev/text-to-image.

    Attributes:
        field_12text (str): text prompt (ComfyUI node 12 field text)
        field_41select (RhartImageF2DevTextToImageRequest41Select): output aspect ratio (ComfyUI node 41 field select)
        field_43file_type (RhartImageF2DevTextToImageRequest43FileType): output file format (ComfyUI node 43 field
            file_type)
        field_29value (int | Unset): height when aspect ratio is custom (ComfyUI node 29 field value) Default: 1024.
        field_30value (int | Unset): width when aspect ratio is custom (ComfyUI node 30 field value) Default: 1024.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_12text: str
    field_41select: RhartImageF2DevTextToImageRequest41Select
    field_43file_type: RhartImageF2DevTextToImageRequest43FileType
    field_29value: int | Unset = 1024
    field_30value: int | Unset = 1024
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_12text = self.field_12text

        field_41select: str = self.field_41select

        field_43file_type: str = self.field_43file_type

        field_29value = self.field_29value

        field_30value = self.field_30value

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "12##text": field_12text,
                "41##select": field_41select,
                "43##file_type": field_43file_type,
            }
        )
        if field_29value is not UNSET:
            field_dict["29##value"] = field_29value
        if field_30value is not UNSET:
            field_dict["30##value"] = field_30value
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_12text = d.pop("12##text")

        field_41select = check_rhart_image_f2_dev_text_to_image_request_41_select(
            d.pop("41##select")
        )

        field_43file_type = check_rhart_image_f2_dev_text_to_image_request_43_file_type(
            d.pop("43##file_type")
        )

        field_29value = d.pop("29##value", UNSET)

        field_30value = d.pop("30##value", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_f2_dev_text_to_image_request = cls(
            field_12text=field_12text,
            field_41select=field_41select,
            field_43file_type=field_43file_type,
            field_29value=field_29value,
            field_30value=field_30value,
            webhook_url=webhook_url,
        )

        rhart_image_f2_dev_text_to_image_request.additional_properties = d
        return rhart_image_f2_dev_text_to_image_request

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
