from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_ltx_23_text_to_video_request_247_select import (
    RhartVideoLtx23TextToVideoRequest247Select,
    check_rhart_video_ltx_23_text_to_video_request_247_select,
)
from ..models.rhart_video_ltx_23_text_to_video_request_248_select import (
    RhartVideoLtx23TextToVideoRequest248Select,
    check_rhart_video_ltx_23_text_to_video_request_248_select,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoLtx23TextToVideoRequest")


@_attrs_define
class RhartVideoLtx23TextToVideoRequest:
    """Request body of ltx-2.3/text-to-video.

    Attributes:
        field_188prompt (str): text prompt (ComfyUI node 188 field prompt)
        field_227value (int): output length in seconds (ComfyUI node 227 field value)
        field_247select (RhartVideoLtx23TextToVideoRequest247Select): output resolution tier (ComfyUI node 247 field
            select)
        field_248select (RhartVideoLtx23TextToVideoRequest248Select): output aspect ratio (ComfyUI node 248 field
            select)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_188prompt: str
    field_227value: int
    field_247select: RhartVideoLtx23TextToVideoRequest247Select
    field_248select: RhartVideoLtx23TextToVideoRequest248Select
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_188prompt = self.field_188prompt

        field_227value = self.field_227value

        field_247select: str = self.field_247select

        field_248select: str = self.field_248select

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "188##prompt": field_188prompt,
                "227##value": field_227value,
                "247##select": field_247select,
                "248##select": field_248select,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_188prompt = d.pop("188##prompt")

        field_227value = d.pop("227##value")

        field_247select = check_rhart_video_ltx_23_text_to_video_request_247_select(
            d.pop("247##select")
        )

        field_248select = check_rhart_video_ltx_23_text_to_video_request_248_select(
            d.pop("248##select")
        )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_ltx_23_text_to_video_request = cls(
            field_188prompt=field_188prompt,
            field_227value=field_227value,
            field_247select=field_247select,
            field_248select=field_248select,
            webhook_url=webhook_url,
        )

        rhart_video_ltx_23_text_to_video_request.additional_properties = d
        return rhart_video_ltx_23_text_to_video_request

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
