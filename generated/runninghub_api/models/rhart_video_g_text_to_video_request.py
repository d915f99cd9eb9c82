from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_g_text_to_video_request_aspect_ratio import (
    RhartVideoGTextToVideoRequestAspectRatio,
    check_rhart_video_g_text_to_video_request_aspect_ratio,
)
from ..models.rhart_video_g_text_to_video_request_resolution import (
    RhartVideoGTextToVideoRequestResolution,
    check_rhart_video_g_text_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoGTextToVideoRequest")


@_attrs_define
class RhartVideoGTextToVideoRequest:
    """Request body of xai/grok-imagine/text-to-video-channel-low-price.

    Attributes:
        aspect_ratio (RhartVideoGTextToVideoRequestAspectRatio): output aspect ratio
        duration (int): output length in seconds
        prompt (str): text prompt
        resolution (RhartVideoGTextToVideoRequestResolution): output resolution tier
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    aspect_ratio: RhartVideoGTextToVideoRequestAspectRatio
    duration: int
    prompt: str
    resolution: RhartVideoGTextToVideoRequestResolution
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        duration = self.duration

        prompt = self.prompt

        resolution: str = self.resolution

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspectRatio": aspect_ratio,
                "duration": duration,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aspect_ratio = check_rhart_video_g_text_to_video_request_aspect_ratio(
            d.pop("aspectRatio")
        )

        duration = d.pop("duration")

        prompt = d.pop("prompt")

        resolution = check_rhart_video_g_text_to_video_request_resolution(
            d.pop("resolution")
        )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_g_text_to_video_request = cls(
            aspect_ratio=aspect_ratio,
            duration=duration,
            prompt=prompt,
            resolution=resolution,
            webhook_url=webhook_url,
        )

        rhart_video_g_text_to_video_request.additional_properties = d
        return rhart_video_g_text_to_video_request

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
