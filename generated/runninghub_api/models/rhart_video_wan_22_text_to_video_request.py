from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_wan_22_text_to_video_request_130_select import (
    RhartVideoWan22TextToVideoRequest130Select,
    check_rhart_video_wan_22_text_to_video_request_130_select,
)
from ..models.rhart_video_wan_22_text_to_video_request_133_select import (
    RhartVideoWan22TextToVideoRequest133Select,
    check_rhart_video_wan_22_text_to_video_request_133_select,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoWan22TextToVideoRequest")


@_attrs_define
class RhartVideoWan22TextToVideoRequest:
    """Request body of wan-2.2/text-to-video.

    Attributes:
        field_130select (RhartVideoWan22TextToVideoRequest130Select): output length in seconds (ComfyUI node 130 field
            select)
        field_133select (RhartVideoWan22TextToVideoRequest133Select): output resolution tier (ComfyUI node 133 field
            select)
        field_14positive_prompt (str): text prompt (ComfyUI node 14 field positive_prompt)
        field_14negative_prompt (str | Unset): things to avoid (negative prompt) (ComfyUI node 14 field negative_prompt)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_130select: RhartVideoWan22TextToVideoRequest130Select
    field_133select: RhartVideoWan22TextToVideoRequest133Select
    field_14positive_prompt: str
    field_14negative_prompt: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_130select: str = self.field_130select

        field_133select: str = self.field_133select

        field_14positive_prompt = self.field_14positive_prompt

        field_14negative_prompt = self.field_14negative_prompt

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "130##select": field_130select,
                "133##select": field_133select,
                "14##positive_prompt": field_14positive_prompt,
            }
        )
        if field_14negative_prompt is not UNSET:
            field_dict["14##negative_prompt"] = field_14negative_prompt
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_130select = check_rhart_video_wan_22_text_to_video_request_130_select(
            d.pop("130##select")
        )

        field_133select = check_rhart_video_wan_22_text_to_video_request_133_select(
            d.pop("133##select")
        )

        field_14positive_prompt = d.pop("14##positive_prompt")

        field_14negative_prompt = d.pop("14##negative_prompt", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_wan_22_text_to_video_request = cls(
            field_130select=field_130select,
            field_133select=field_133select,
            field_14positive_prompt=field_14positive_prompt,
            field_14negative_prompt=field_14negative_prompt,
            webhook_url=webhook_url,
        )

        rhart_video_wan_22_text_to_video_request.additional_properties = d
        return rhart_video_wan_22_text_to_video_request

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
