from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_z_image_turbo_image_to_image_request_64_select import (
    RhartImageZImageTurboImageToImageRequest64Select,
    check_rhart_image_z_image_turbo_image_to_image_request_64_select,
)
from ..models.rhart_image_z_image_turbo_image_to_image_request_65_file_type import (
    RhartImageZImageTurboImageToImageRequest65FileType,
    check_rhart_image_z_image_turbo_image_to_image_request_65_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageZImageTurboImageToImageRequest")


@_attrs_define
class RhartImageZImageTurboImageToImageRequest:
    """Request body of z-image-turbo/image-to-image.

    Attributes:
        field_41text (str): text prompt (ComfyUI node 41 field text)
        field_64select (RhartImageZImageTurboImageToImageRequest64Select): output aspect ratio (ComfyUI node 64 field
            select)
        field_65file_type (RhartImageZImageTurboImageToImageRequest65FileType): output file format (ComfyUI node 65
            field file_type)
        field_66image (str): input image URL (ComfyUI node 66 field image)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_41text: str
    field_64select: RhartImageZImageTurboImageToImageRequest64Select
    field_65file_type: RhartImageZImageTurboImageToImageRequest65FileType
    field_66image: str
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_41text = self.field_41text

        field_64select: str = self.field_64select

        field_65file_type: str = self.field_65file_type

        field_66image = self.field_66image

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "41##text": field_41text,
                "64##select": field_64select,
                "65##file_type": field_65file_type,
                "66##image": field_66image,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_41text = d.pop("41##text")

        field_64select = (
            check_rhart_image_z_image_turbo_image_to_image_request_64_select(
                d.pop("64##select")
            )
        )

        field_65file_type = (
            check_rhart_image_z_image_turbo_image_to_image_request_65_file_type(
                d.pop("65##file_type")
            )
        )

        field_66image = d.pop("66##image")

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_z_image_turbo_image_to_image_request = cls(
            field_41text=field_41text,
            field_64select=field_64select,
            field_65file_type=field_65file_type,
            field_66image=field_66image,
            webhook_url=webhook_url,
        )

        rhart_image_z_image_turbo_image_to_image_request.additional_properties = d
        return rhart_image_z_image_turbo_image_to_image_request

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
