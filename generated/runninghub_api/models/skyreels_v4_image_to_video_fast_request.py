from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skyreels_v4_image_to_video_fast_request_resolution import (
    SkyreelsV4ImageToVideoFastRequestResolution,
    check_skyreels_v4_image_to_video_fast_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkyreelsV4ImageToVideoFastRequest")


@_attrs_define
class SkyreelsV4ImageToVideoFastRequest:
    """Request body of skyreels-v4/image-to-video-fast.

    Attributes:
        first_image_url (str): image URL (first image url)
        prompt (str): prompt
        prompt_optimizer (bool): prompt optimizer
        resolution (SkyreelsV4ImageToVideoFastRequestResolution): resolution
        duration (int | Unset): duration Default: 5.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    first_image_url: str
    prompt: str
    prompt_optimizer: bool
    resolution: SkyreelsV4ImageToVideoFastRequestResolution
    duration: int | Unset = 5
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_image_url = self.first_image_url

        prompt = self.prompt

        prompt_optimizer = self.prompt_optimizer

        resolution: str = self.resolution

        duration = self.duration

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstImageUrl": first_image_url,
                "prompt": prompt,
                "promptOptimizer": prompt_optimizer,
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
        first_image_url = d.pop("firstImageUrl")

        prompt = d.pop("prompt")

        prompt_optimizer = d.pop("promptOptimizer")

        resolution = check_skyreels_v4_image_to_video_fast_request_resolution(
            d.pop("resolution")
        )

        duration = d.pop("duration", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        skyreels_v4_image_to_video_fast_request = cls(
            first_image_url=first_image_url,
            prompt=prompt,
            prompt_optimizer=prompt_optimizer,
            resolution=resolution,
            duration=duration,
            webhook_url=webhook_url,
        )

        skyreels_v4_image_to_video_fast_request.additional_properties = d
        return skyreels_v4_image_to_video_fast_request

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
