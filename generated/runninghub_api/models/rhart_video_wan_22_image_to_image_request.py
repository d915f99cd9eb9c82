from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_wan_22_image_to_image_request_242_file_type import (
    RhartVideoWan22ImageToImageRequest242FileType,
    check_rhart_video_wan_22_image_to_image_request_242_file_type,
)
from ..models.rhart_video_wan_22_image_to_image_request_267_select import (
    RhartVideoWan22ImageToImageRequest267Select,
    check_rhart_video_wan_22_image_to_image_request_267_select,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoWan22ImageToImageRequest")


@_attrs_define
class RhartVideoWan22ImageToImageRequest:
    """Request body of wan-2.2/image-to-image.

    Attributes:
        field_242file_type (RhartVideoWan22ImageToImageRequest242FileType): output file format (ComfyUI node 242 field
            file_type)
        field_267select (RhartVideoWan22ImageToImageRequest267Select): output aspect ratio (ComfyUI node 267 field
            select)
        field_272image (str): input image URL (ComfyUI node 272 field image)
        field_79text (str): text prompt (ComfyUI node 79 field text)
        field_270value (int | Unset): width when aspect ratio is custom (ComfyUI node 270 field value) Default: 1024.
        field_271value (int | Unset): height when aspect ratio is custom (ComfyUI node 271 field value) Default: 1024.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_242file_type: RhartVideoWan22ImageToImageRequest242FileType
    field_267select: RhartVideoWan22ImageToImageRequest267Select
    field_272image: str
    field_79text: str
    field_270value: int | Unset = 1024
    field_271value: int | Unset = 1024
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_242file_type: str = self.field_242file_type

        field_267select: str = self.field_267select

        field_272image = self.field_272image

        field_79text = self.field_79text

        field_270value = self.field_270value

        field_271value = self.field_271value

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "242##file_type": field_242file_type,
                "267##select": field_267select,
                "272##image": field_272image,
                "79##text": field_79text,
            }
        )
        if field_270value is not UNSET:
            field_dict["270##value"] = field_270value
        if field_271value is not UNSET:
            field_dict["271##value"] = field_271value
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_242file_type = (
            check_rhart_video_wan_22_image_to_image_request_242_file_type(
                d.pop("242##file_type")
            )
        )

        field_267select = check_rhart_video_wan_22_image_to_image_request_267_select(
            d.pop("267##select")
        )

        field_272image = d.pop("272##image")

        field_79text = d.pop("79##text")

        field_270value = d.pop("270##value", UNSET)

        field_271value = d.pop("271##value", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_wan_22_image_to_image_request = cls(
            field_242file_type=field_242file_type,
            field_267select=field_267select,
            field_272image=field_272image,
            field_79text=field_79text,
            field_270value=field_270value,
            field_271value=field_271value,
            webhook_url=webhook_url,
        )

        rhart_video_wan_22_image_to_image_request.additional_properties = d
        return rhart_video_wan_22_image_to_image_request

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
