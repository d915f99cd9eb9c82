from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.topazlabs_video_upscale_request_target_fps import (
    TopazlabsVideoUpscaleRequestTargetFps,
    check_topazlabs_video_upscale_request_target_fps,
)
from ..models.topazlabs_video_upscale_request_target_resolution import (
    TopazlabsVideoUpscaleRequestTargetResolution,
    check_topazlabs_video_upscale_request_target_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopazlabsVideoUpscaleRequest")


@_attrs_define
class TopazlabsVideoUpscaleRequest:
    """Request body of topazlabs-video-upscale.

    Attributes:
        target_fps (TopazlabsVideoUpscaleRequestTargetFps): target fps
        target_resolution (TopazlabsVideoUpscaleRequestTargetResolution): target resolution
        video_url (str): video URL (video url)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    target_fps: TopazlabsVideoUpscaleRequestTargetFps
    target_resolution: TopazlabsVideoUpscaleRequestTargetResolution
    video_url: str
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_fps: str = self.target_fps

        target_resolution: str = self.target_resolution

        video_url = self.video_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetFps": target_fps,
                "targetResolution": target_resolution,
                "videoUrl": video_url,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        target_fps = check_topazlabs_video_upscale_request_target_fps(
            d.pop("targetFps")
        )

        target_resolution = check_topazlabs_video_upscale_request_target_resolution(
            d.pop("targetResolution")
        )

        video_url = d.pop("videoUrl")

        webhook_url = d.pop("webhookUrl", UNSET)

        topazlabs_video_upscale_request = cls(
            target_fps=target_fps,
            target_resolution=target_resolution,
            video_url=video_url,
            webhook_url=webhook_url,
        )

        topazlabs_video_upscale_request.additional_properties = d
        return topazlabs_video_upscale_request

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
