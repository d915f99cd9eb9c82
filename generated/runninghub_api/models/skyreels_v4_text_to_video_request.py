from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skyreels_v4_text_to_video_request_aspect_ratio import (
    SkyreelsV4TextToVideoRequestAspectRatio,
    check_skyreels_v4_text_to_video_request_aspect_ratio,
)
from ..models.skyreels_v4_text_to_video_request_mode import (
    SkyreelsV4TextToVideoRequestMode,
    check_skyreels_v4_text_to_video_request_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkyreelsV4TextToVideoRequest")


@_attrs_define
class SkyreelsV4TextToVideoRequest:
    """Request body of skyreels-v4/text-to-video.

    Attributes:
        prompt (str): text prompt
        sound (bool): generate sound track
        aspect_ratio (SkyreelsV4TextToVideoRequestAspectRatio | Unset): output aspect ratio Default: '16:9'.
        duration (int | Unset): output length in seconds Default: 5.
        mode (SkyreelsV4TextToVideoRequestMode | Unset): mode Default: 'std'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    sound: bool
    aspect_ratio: SkyreelsV4TextToVideoRequestAspectRatio | Unset = "16:9"
    duration: int | Unset = 5
    mode: SkyreelsV4TextToVideoRequestMode | Unset = "std"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        sound = self.sound

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "sound": sound,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if mode is not UNSET:
            field_dict["mode"] = mode
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        sound = d.pop("sound")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: SkyreelsV4TextToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_skyreels_v4_text_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        duration = d.pop("duration", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: SkyreelsV4TextToVideoRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_skyreels_v4_text_to_video_request_mode(_mode)

        webhook_url = d.pop("webhookUrl", UNSET)

        skyreels_v4_text_to_video_request = cls(
            prompt=prompt,
            sound=sound,
            aspect_ratio=aspect_ratio,
            duration=duration,
            mode=mode,
            webhook_url=webhook_url,
        )

        skyreels_v4_text_to_video_request.additional_properties = d
        return skyreels_v4_text_to_video_request

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
