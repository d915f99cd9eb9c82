from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skyreels_v4_image_to_video_request_mode import (
    SkyreelsV4ImageToVideoRequestMode,
    check_skyreels_v4_image_to_video_request_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkyreelsV4ImageToVideoRequest")


@_attrs_define
class SkyreelsV4ImageToVideoRequest:
    """Request body of skyreels-v4/image-to-video.

    Attributes:
        first_frame_image_url (str): firstFrameImageUrl URL
        prompt (str): text prompt
        sound (bool): generate sound track
        duration (int | Unset): output length in seconds Default: 5.
        mode (SkyreelsV4ImageToVideoRequestMode | Unset): mode Default: 'std'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    first_frame_image_url: str
    prompt: str
    sound: bool
    duration: int | Unset = 5
    mode: SkyreelsV4ImageToVideoRequestMode | Unset = "std"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_frame_image_url = self.first_frame_image_url

        prompt = self.prompt

        sound = self.sound

        duration = self.duration

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstFrameImageUrl": first_frame_image_url,
                "prompt": prompt,
                "sound": sound,
            }
        )
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
        first_frame_image_url = d.pop("firstFrameImageUrl")

        prompt = d.pop("prompt")

        sound = d.pop("sound")

        duration = d.pop("duration", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: SkyreelsV4ImageToVideoRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_skyreels_v4_image_to_video_request_mode(_mode)

        webhook_url = d.pop("webhookUrl", UNSET)

        skyreels_v4_image_to_video_request = cls(
            first_frame_image_url=first_frame_image_url,
            prompt=prompt,
            sound=sound,
            duration=duration,
            mode=mode,
            webhook_url=webhook_url,
        )

        skyreels_v4_image_to_video_request.additional_properties = d
        return skyreels_v4_image_to_video_request

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
