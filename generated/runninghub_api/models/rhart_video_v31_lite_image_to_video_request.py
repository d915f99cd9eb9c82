from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_v31_lite_image_to_video_request_aspect_ratio import (
    RhartVideoV31LiteImageToVideoRequestAspectRatio,
    check_rhart_video_v31_lite_image_to_video_request_aspect_ratio,
)
from ..models.rhart_video_v31_lite_image_to_video_request_duration import (
    RhartVideoV31LiteImageToVideoRequestDuration,
    check_rhart_video_v31_lite_image_to_video_request_duration,
)
from ..models.rhart_video_v31_lite_image_to_video_request_resolution import (
    RhartVideoV31LiteImageToVideoRequestResolution,
    check_rhart_video_v31_lite_image_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoV31LiteImageToVideoRequest")


@_attrs_define
class RhartVideoV31LiteImageToVideoRequest:
    """Request body of google/veo3.1-lite/image-to-video-channel-low-price.

    Attributes:
        aspect_ratio (RhartVideoV31LiteImageToVideoRequestAspectRatio): aspect ratio
        image_urls (list[str]): image URLs (image urls)
        prompt (str): prompt
        resolution (RhartVideoV31LiteImageToVideoRequestResolution): resolution
        duration (RhartVideoV31LiteImageToVideoRequestDuration | Unset): duration Default: '8'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    aspect_ratio: RhartVideoV31LiteImageToVideoRequestAspectRatio
    image_urls: list[str]
    prompt: str
    resolution: RhartVideoV31LiteImageToVideoRequestResolution
    duration: RhartVideoV31LiteImageToVideoRequestDuration | Unset = "8"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        image_urls = self.image_urls

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
                "imageUrls": image_urls,
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
        aspect_ratio = check_rhart_video_v31_lite_image_to_video_request_aspect_ratio(
            d.pop("aspectRatio")
        )

        image_urls = cast(list[str], d.pop("imageUrls"))

        prompt = d.pop("prompt")

        resolution = check_rhart_video_v31_lite_image_to_video_request_resolution(
            d.pop("resolution")
        )

        _duration = d.pop("duration", UNSET)
        duration: RhartVideoV31LiteImageToVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_rhart_video_v31_lite_image_to_video_request_duration(
                _duration
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_v31_lite_image_to_video_request = cls(
            aspect_ratio=aspect_ratio,
            image_urls=image_urls,
            prompt=prompt,
            resolution=resolution,
            duration=duration,
            webhook_url=webhook_url,
        )

        rhart_video_v31_lite_image_to_video_request.additional_properties = d
        return rhart_video_v31_lite_image_to_video_request

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
