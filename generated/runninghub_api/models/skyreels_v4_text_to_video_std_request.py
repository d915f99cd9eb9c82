from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skyreels_v4_text_to_video_std_request_aspect_ratio import (
    SkyreelsV4TextToVideoStdRequestAspectRatio,
    check_skyreels_v4_text_to_video_std_request_aspect_ratio,
)
from ..models.skyreels_v4_text_to_video_std_request_resolution import (
    SkyreelsV4TextToVideoStdRequestResolution,
    check_skyreels_v4_text_to_video_std_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkyreelsV4TextToVideoStdRequest")


@_attrs_define
class SkyreelsV4TextToVideoStdRequest:
    """Request body of skyreels-v4/text-to-video-std.

    Attributes:
        prompt (str): prompt
        prompt_optimizer (bool): prompt optimizer
        resolution (SkyreelsV4TextToVideoStdRequestResolution): resolution
        sound (bool): sound
        aspect_ratio (SkyreelsV4TextToVideoStdRequestAspectRatio | Unset): aspect ratio Default: '16:9'.
        duration (int | Unset): duration Default: 5.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    prompt_optimizer: bool
    resolution: SkyreelsV4TextToVideoStdRequestResolution
    sound: bool
    aspect_ratio: SkyreelsV4TextToVideoStdRequestAspectRatio | Unset = "16:9"
    duration: int | Unset = 5
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        prompt_optimizer = self.prompt_optimizer

        resolution: str = self.resolution

        sound = self.sound

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "promptOptimizer": prompt_optimizer,
                "resolution": resolution,
                "sound": sound,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        prompt_optimizer = d.pop("promptOptimizer")

        resolution = check_skyreels_v4_text_to_video_std_request_resolution(
            d.pop("resolution")
        )

        sound = d.pop("sound")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: SkyreelsV4TextToVideoStdRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_skyreels_v4_text_to_video_std_request_aspect_ratio(
                _aspect_ratio
            )

        duration = d.pop("duration", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        skyreels_v4_text_to_video_std_request = cls(
            prompt=prompt,
            prompt_optimizer=prompt_optimizer,
            resolution=resolution,
            sound=sound,
            aspect_ratio=aspect_ratio,
            duration=duration,
            webhook_url=webhook_url,
        )

        skyreels_v4_text_to_video_std_request.additional_properties = d
        return skyreels_v4_text_to_video_std_request

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
