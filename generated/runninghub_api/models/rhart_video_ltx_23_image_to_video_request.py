from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_ltx_23_image_to_video_request_240_select import (
    RhartVideoLtx23ImageToVideoRequest240Select,
    check_rhart_video_ltx_23_image_to_video_request_240_select,
)
from ..models.rhart_video_ltx_23_image_to_video_request_245_select import (
    RhartVideoLtx23ImageToVideoRequest245Select,
    check_rhart_video_ltx_23_image_to_video_request_245_select,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoLtx23ImageToVideoRequest")


@_attrs_define
class RhartVideoLtx23ImageToVideoRequest:
    """Request body of ltx-2.3/image-to-video.

    Attributes:
        field_200prompt (str): text prompt (ComfyUI node 200 field prompt)
        field_222value (int): output length in seconds (ComfyUI node 222 field value)
        field_240select (RhartVideoLtx23ImageToVideoRequest240Select): output aspect ratio (ComfyUI node 240 field
            select)
        field_245select (RhartVideoLtx23ImageToVideoRequest245Select): output resolution tier (ComfyUI node 245 field
            select)
        field_98image (str): input image URL (ComfyUI node 98 field image)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_200prompt: str
    field_222value: int
    field_240select: RhartVideoLtx23ImageToVideoRequest240Select
    field_245select: RhartVideoLtx23ImageToVideoRequest245Select
    field_98image: str
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_200prompt = self.field_200prompt

        field_222value = self.field_222value

        field_240select: str = self.field_240select

        field_245select: str = self.field_245select

        field_98image = self.field_98image

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "200##prompt": field_200prompt,
                "222##value": field_222value,
                "240##select": field_240select,
                "245##select": field_245select,
                "98##image": field_98image,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_200prompt = d.pop("200##prompt")

        field_222value = d.pop("222##value")

        field_240select = check_rhart_video_ltx_23_image_to_video_request_240_select(
            d.pop("240##select")
        )

        field_245select = check_rhart_video_ltx_23_image_to_video_request_245_select(
            d.pop("245##select")
        )

        field_98image = d.pop("98##image")

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_ltx_23_image_to_video_request = cls(
            field_200prompt=field_200prompt,
            field_222value=field_222value,
            field_240select=field_240select,
            field_245select=field_245select,
            field_98image=field_98image,
            webhook_url=webhook_url,
        )

        rhart_video_ltx_23_image_to_video_request.additional_properties = d
        return rhart_video_ltx_23_image_to_video_request

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
