from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_wan_22_image_to_video_request_202_select import (
    RhartVideoWan22ImageToVideoRequest202Select,
    check_rhart_video_wan_22_image_to_video_request_202_select,
)
from ..models.rhart_video_wan_22_image_to_video_request_218_select import (
    RhartVideoWan22ImageToVideoRequest218Select,
    check_rhart_video_wan_22_image_to_video_request_218_select,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoWan22ImageToVideoRequest")


@_attrs_define
class RhartVideoWan22ImageToVideoRequest:
    """Request body of wan-2.2/image-to-video.

    Attributes:
        field_183text (str): text prompt (ComfyUI node 183 field text)
        field_202select (RhartVideoWan22ImageToVideoRequest202Select): output length in seconds (ComfyUI node 202 field
            select)
        field_218select (RhartVideoWan22ImageToVideoRequest218Select): output resolution tier (ComfyUI node 218 field
            select)
        field_219image (str): input image URL (ComfyUI node 219 field image)
        field_16negative_prompt (str | Unset): things to avoid (negative prompt) (ComfyUI node 16 field negative_prompt)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_183text: str
    field_202select: RhartVideoWan22ImageToVideoRequest202Select
    field_218select: RhartVideoWan22ImageToVideoRequest218Select
    field_219image: str
    field_16negative_prompt: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_183text = self.field_183text

        field_202select: str = self.field_202select

        field_218select: str = self.field_218select

        field_219image = self.field_219image

        field_16negative_prompt = self.field_16negative_prompt

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "183##text": field_183text,
                "202##select": field_202select,
                "218##select": field_218select,
                "219##image": field_219image,
            }
        )
        if field_16negative_prompt is not UNSET:
            field_dict["16##negative_prompt"] = field_16negative_prompt
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_183text = d.pop("183##text")

        field_202select = check_rhart_video_wan_22_image_to_video_request_202_select(
            d.pop("202##select")
        )

        field_218select = check_rhart_video_wan_22_image_to_video_request_218_select(
            d.pop("218##select")
        )

        field_219image = d.pop("219##image")

        field_16negative_prompt = d.pop("16##negative_prompt", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_wan_22_image_to_video_request = cls(
            field_183text=field_183text,
            field_202select=field_202select,
            field_218select=field_218select,
            field_219image=field_219image,
            field_16negative_prompt=field_16negative_prompt,
            webhook_url=webhook_url,
        )

        rhart_video_wan_22_image_to_video_request.additional_properties = d
        return rhart_video_wan_22_image_to_video_request

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
