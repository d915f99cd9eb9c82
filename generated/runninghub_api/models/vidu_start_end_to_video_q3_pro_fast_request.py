from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_start_end_to_video_q3_pro_fast_request_duration import (
    ViduStartEndToVideoQ3ProFastRequestDuration,
    check_vidu_start_end_to_video_q3_pro_fast_request_duration,
)
from ..models.vidu_start_end_to_video_q3_pro_fast_request_resolution import (
    ViduStartEndToVideoQ3ProFastRequestResolution,
    check_vidu_start_end_to_video_q3_pro_fast_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduStartEndToVideoQ3ProFastRequest")


@_attrs_define
class ViduStartEndToVideoQ3ProFastRequest:
    """Request body of Vidu-start-end-to-video-q3-pro-fast.

    Attributes:
        first_image_url (str): first-frame image URL
        last_image_url (str): last-frame image URL
        audio (bool | Unset): generate audio Default: True.
        duration (ViduStartEndToVideoQ3ProFastRequestDuration | Unset): output length in seconds Default: '5'.
        prompt (str | Unset): text prompt
        resolution (ViduStartEndToVideoQ3ProFastRequestResolution | Unset): output resolution tier Default: '720p'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    first_image_url: str
    last_image_url: str
    audio: bool | Unset = True
    duration: ViduStartEndToVideoQ3ProFastRequestDuration | Unset = "5"
    prompt: str | Unset = UNSET
    resolution: ViduStartEndToVideoQ3ProFastRequestResolution | Unset = "720p"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_image_url = self.first_image_url

        last_image_url = self.last_image_url

        audio = self.audio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstImageUrl": first_image_url,
                "lastImageUrl": last_image_url,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_image_url = d.pop("firstImageUrl")

        last_image_url = d.pop("lastImageUrl")

        audio = d.pop("audio", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: ViduStartEndToVideoQ3ProFastRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_vidu_start_end_to_video_q3_pro_fast_request_duration(
                _duration
            )

        prompt = d.pop("prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: ViduStartEndToVideoQ3ProFastRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_vidu_start_end_to_video_q3_pro_fast_request_resolution(
                _resolution
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        vidu_start_end_to_video_q3_pro_fast_request = cls(
            first_image_url=first_image_url,
            last_image_url=last_image_url,
            audio=audio,
            duration=duration,
            prompt=prompt,
            resolution=resolution,
            webhook_url=webhook_url,
        )

        vidu_start_end_to_video_q3_pro_fast_request.additional_properties = d
        return vidu_start_end_to_video_q3_pro_fast_request

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
