from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pixverse_v6_text_to_video_request_aspect_ratio import (
    PixverseV6TextToVideoRequestAspectRatio,
    check_pixverse_v6_text_to_video_request_aspect_ratio,
)
from ..models.pixverse_v6_text_to_video_request_resolution import (
    PixverseV6TextToVideoRequestResolution,
    check_pixverse_v6_text_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PixverseV6TextToVideoRequest")


@_attrs_define
class PixverseV6TextToVideoRequest:
    """Request body of pixverse-v6/text-to-video.

    Attributes:
        duration (int): output length in seconds
        generate_audio_switch (bool): generate audio
        prompt (str): text prompt
        resolution (PixverseV6TextToVideoRequestResolution): output resolution tier
        aspect_ratio (PixverseV6TextToVideoRequestAspectRatio | Unset): output aspect ratio Default: '16:9'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: int
    generate_audio_switch: bool
    prompt: str
    resolution: PixverseV6TextToVideoRequestResolution
    aspect_ratio: PixverseV6TextToVideoRequestAspectRatio | Unset = "16:9"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        generate_audio_switch = self.generate_audio_switch

        prompt = self.prompt

        resolution: str = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "generateAudioSwitch": generate_audio_switch,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        generate_audio_switch = d.pop("generateAudioSwitch")

        prompt = d.pop("prompt")

        resolution = check_pixverse_v6_text_to_video_request_resolution(
            d.pop("resolution")
        )

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: PixverseV6TextToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pixverse_v6_text_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        pixverse_v6_text_to_video_request = cls(
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            webhook_url=webhook_url,
        )

        pixverse_v6_text_to_video_request.additional_properties = d
        return pixverse_v6_text_to_video_request

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
