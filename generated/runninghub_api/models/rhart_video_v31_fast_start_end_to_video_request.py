from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_v31_fast_start_end_to_video_request_aspect_ratio import (
    RhartVideoV31FastStartEndToVideoRequestAspectRatio,
    check_rhart_video_v31_fast_start_end_to_video_request_aspect_ratio,
)
from ..models.rhart_video_v31_fast_start_end_to_video_request_duration import (
    RhartVideoV31FastStartEndToVideoRequestDuration,
    check_rhart_video_v31_fast_start_end_to_video_request_duration,
)
from ..models.rhart_video_v31_fast_start_end_to_video_request_resolution import (
    RhartVideoV31FastStartEndToVideoRequestResolution,
    check_rhart_video_v31_fast_start_end_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoV31FastStartEndToVideoRequest")


@_attrs_define
class RhartVideoV31FastStartEndToVideoRequest:
    """Request body of google/veo3.1-fast/start-end-to-video-channel-low-price.

    Attributes:
        aspect_ratio (RhartVideoV31FastStartEndToVideoRequestAspectRatio): output aspect ratio
        first_frame_url (str): first-frame image URL
        prompt (str): text prompt
        resolution (RhartVideoV31FastStartEndToVideoRequestResolution): output resolution tier
        duration (RhartVideoV31FastStartEndToVideoRequestDuration | Unset): output length in seconds Default: '8'.
        last_frame_url (str | Unset): last-frame image URL
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    aspect_ratio: RhartVideoV31FastStartEndToVideoRequestAspectRatio
    first_frame_url: str
    prompt: str
    resolution: RhartVideoV31FastStartEndToVideoRequestResolution
    duration: RhartVideoV31FastStartEndToVideoRequestDuration | Unset = "8"
    last_frame_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        first_frame_url = self.first_frame_url

        prompt = self.prompt

        resolution: str = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        last_frame_url = self.last_frame_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspectRatio": aspect_ratio,
                "firstFrameUrl": first_frame_url,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if last_frame_url is not UNSET:
            field_dict["lastFrameUrl"] = last_frame_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aspect_ratio = (
            check_rhart_video_v31_fast_start_end_to_video_request_aspect_ratio(
                d.pop("aspectRatio")
            )
        )

        first_frame_url = d.pop("firstFrameUrl")

        prompt = d.pop("prompt")

        resolution = check_rhart_video_v31_fast_start_end_to_video_request_resolution(
            d.pop("resolution")
        )

        _duration = d.pop("duration", UNSET)
        duration: RhartVideoV31FastStartEndToVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_rhart_video_v31_fast_start_end_to_video_request_duration(
                _duration
            )

        last_frame_url = d.pop("lastFrameUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_v31_fast_start_end_to_video_request = cls(
            aspect_ratio=aspect_ratio,
            first_frame_url=first_frame_url,
            prompt=prompt,
            resolution=resolution,
            duration=duration,
            last_frame_url=last_frame_url,
            webhook_url=webhook_url,
        )

        rhart_video_v31_fast_start_end_to_video_request.additional_properties = d
        return rhart_video_v31_fast_start_end_to_video_request

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
