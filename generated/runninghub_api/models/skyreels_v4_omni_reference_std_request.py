from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skyreels_v4_omni_reference_std_request_aspect_ratio import (
    SkyreelsV4OmniReferenceStdRequestAspectRatio,
    check_skyreels_v4_omni_reference_std_request_aspect_ratio,
)
from ..models.skyreels_v4_omni_reference_std_request_resolution import (
    SkyreelsV4OmniReferenceStdRequestResolution,
    check_skyreels_v4_omni_reference_std_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkyreelsV4OmniReferenceStdRequest")


@_attrs_define
class SkyreelsV4OmniReferenceStdRequest:
    """Request body of skyreels-v4/omni-reference-std.

    Attributes:
        prompt (str): text prompt
        resolution (SkyreelsV4OmniReferenceStdRequestResolution): output resolution tier
        sound (bool): generate sound track
        aspect_ratio (SkyreelsV4OmniReferenceStdRequestAspectRatio | Unset): output aspect ratio Default: '16:9'.
        duration (int | Unset): output length in seconds Default: 5.
        prompt_optimizer (bool | Unset): prompt optimizer Default: True.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    resolution: SkyreelsV4OmniReferenceStdRequestResolution
    sound: bool
    aspect_ratio: SkyreelsV4OmniReferenceStdRequestAspectRatio | Unset = "16:9"
    duration: int | Unset = 5
    prompt_optimizer: bool | Unset = True
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        resolution: str = self.resolution

        sound = self.sound

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        prompt_optimizer = self.prompt_optimizer

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "resolution": resolution,
                "sound": sound,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if prompt_optimizer is not UNSET:
            field_dict["promptOptimizer"] = prompt_optimizer
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        resolution = check_skyreels_v4_omni_reference_std_request_resolution(
            d.pop("resolution")
        )

        sound = d.pop("sound")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: SkyreelsV4OmniReferenceStdRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_skyreels_v4_omni_reference_std_request_aspect_ratio(
                _aspect_ratio
            )

        duration = d.pop("duration", UNSET)

        prompt_optimizer = d.pop("promptOptimizer", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        skyreels_v4_omni_reference_std_request = cls(
            prompt=prompt,
            resolution=resolution,
            sound=sound,
            aspect_ratio=aspect_ratio,
            duration=duration,
            prompt_optimizer=prompt_optimizer,
            webhook_url=webhook_url,
        )

        skyreels_v4_omni_reference_std_request.additional_properties = d
        return skyreels_v4_omni_reference_std_request

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
