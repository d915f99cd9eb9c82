from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_v31_pro_image_to_video_request_aspect_ratio import (
    RhartVideoV31ProImageToVideoRequestAspectRatio,
    check_rhart_video_v31_pro_image_to_video_request_aspect_ratio,
)
from ..models.rhart_video_v31_pro_image_to_video_request_duration import (
    RhartVideoV31ProImageToVideoRequestDuration,
    check_rhart_video_v31_pro_image_to_video_request_duration,
)
from ..models.rhart_video_v31_pro_image_to_video_request_resolution import (
    RhartVideoV31ProImageToVideoRequestResolution,
    check_rhart_video_v31_pro_image_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoV31ProImageToVideoRequest")


@_attrs_define
class RhartVideoV31ProImageToVideoRequest:
    """Request body of google/veo3.1-pro/image-to-video-channel-low-price.

    Attributes:
        aspect_ratio (RhartVideoV31ProImageToVideoRequestAspectRatio): aspect ratio
        image_url (str): image URL (image url)
        prompt (str): prompt
        resolution (RhartVideoV31ProImageToVideoRequestResolution): output resolution tier
        duration (RhartVideoV31ProImageToVideoRequestDuration | Unset): duration Default: '8'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    aspect_ratio: RhartVideoV31ProImageToVideoRequestAspectRatio
    image_url: str
    prompt: str
    resolution: RhartVideoV31ProImageToVideoRequestResolution
    duration: RhartVideoV31ProImageToVideoRequestDuration | Unset = "8"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        image_url = self.image_url

        prompt = self.prompt

        resolution: str = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspectRatio": aspect_ratio,
                "imageUrl": image_url,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aspect_ratio = check_rhart_video_v31_pro_image_to_video_request_aspect_ratio(
            d.pop("aspectRatio")
        )

        image_url = d.pop("imageUrl")

        prompt = d.pop("prompt")

        resolution = check_rhart_video_v31_pro_image_to_video_request_resolution(
            d.pop("resolution")
        )

        _duration = d.pop("duration", UNSET)
        duration: RhartVideoV31ProImageToVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_rhart_video_v31_pro_image_to_video_request_duration(
                _duration
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_v31_pro_image_to_video_request = cls(
            aspect_ratio=aspect_ratio,
            image_url=image_url,
            prompt=prompt,
            resolution=resolution,
            duration=duration,
            webhook_url=webhook_url,
        )

        rhart_video_v31_pro_image_to_video_request.additional_properties = d
        return rhart_video_v31_pro_image_to_video_request

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
