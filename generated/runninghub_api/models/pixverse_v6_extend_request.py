from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pixverse_v6_extend_request_resolution import (
    PixverseV6ExtendRequestResolution,
    check_pixverse_v6_extend_request_resolution,
)
from ..models.pixverse_v6_extend_request_style import (
    PixverseV6ExtendRequestStyle,
    check_pixverse_v6_extend_request_style,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PixverseV6ExtendRequest")


@_attrs_define
class PixverseV6ExtendRequest:
    """Request body of pixverse-v6/extend.

    Attributes:
        duration (int): output length in seconds
        generate_audio_switch (bool): generate audio
        prompt (str): text prompt
        resolution (PixverseV6ExtendRequestResolution): output resolution tier
        video_url (str): input video URL
        negative_prompt (str | Unset): things to avoid (negative prompt)
        seed (int | Unset): random seed
        style (PixverseV6ExtendRequestStyle | Unset): visual style preset
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: int
    generate_audio_switch: bool
    prompt: str
    resolution: PixverseV6ExtendRequestResolution
    video_url: str
    negative_prompt: str | Unset = UNSET
    seed: int | Unset = UNSET
    style: PixverseV6ExtendRequestStyle | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        generate_audio_switch = self.generate_audio_switch

        prompt = self.prompt

        resolution: str = self.resolution

        video_url = self.video_url

        negative_prompt = self.negative_prompt

        seed = self.seed

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "generateAudioSwitch": generate_audio_switch,
                "prompt": prompt,
                "resolution": resolution,
                "videoUrl": video_url,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if style is not UNSET:
            field_dict["style"] = style
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        generate_audio_switch = d.pop("generateAudioSwitch")

        prompt = d.pop("prompt")

        resolution = check_pixverse_v6_extend_request_resolution(d.pop("resolution"))

        video_url = d.pop("videoUrl")

        negative_prompt = d.pop("negativePrompt", UNSET)

        seed = d.pop("seed", UNSET)

        _style = d.pop("style", UNSET)
        style: PixverseV6ExtendRequestStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixverse_v6_extend_request_style(_style)

        webhook_url = d.pop("webhookUrl", UNSET)

        pixverse_v6_extend_request = cls(
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            prompt=prompt,
            resolution=resolution,
            video_url=video_url,
            negative_prompt=negative_prompt,
            seed=seed,
            style=style,
            webhook_url=webhook_url,
        )

        pixverse_v6_extend_request.additional_properties = d
        return pixverse_v6_extend_request

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
