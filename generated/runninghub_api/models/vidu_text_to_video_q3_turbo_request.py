from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_text_to_video_q3_turbo_request_aspect_ratio import (
    ViduTextToVideoQ3TurboRequestAspectRatio,
    check_vidu_text_to_video_q3_turbo_request_aspect_ratio,
)
from ..models.vidu_text_to_video_q3_turbo_request_duration import (
    ViduTextToVideoQ3TurboRequestDuration,
    check_vidu_text_to_video_q3_turbo_request_duration,
)
from ..models.vidu_text_to_video_q3_turbo_request_resolution import (
    ViduTextToVideoQ3TurboRequestResolution,
    check_vidu_text_to_video_q3_turbo_request_resolution,
)
from ..models.vidu_text_to_video_q3_turbo_request_style import (
    ViduTextToVideoQ3TurboRequestStyle,
    check_vidu_text_to_video_q3_turbo_request_style,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduTextToVideoQ3TurboRequest")


@_attrs_define
class ViduTextToVideoQ3TurboRequest:
    """Request body of Vidu-text-to-video-q3-turbo.

    Attributes:
        aspect_ratio (ViduTextToVideoQ3TurboRequestAspectRatio): output aspect ratio
        audio (bool): generate audio
        duration (ViduTextToVideoQ3TurboRequestDuration): output length in seconds
        prompt (str): text prompt
        resolution (ViduTextToVideoQ3TurboRequestResolution): output resolution tier
        style (ViduTextToVideoQ3TurboRequestStyle): visual style preset
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    aspect_ratio: ViduTextToVideoQ3TurboRequestAspectRatio
    audio: bool
    duration: ViduTextToVideoQ3TurboRequestDuration
    prompt: str
    resolution: ViduTextToVideoQ3TurboRequestResolution
    style: ViduTextToVideoQ3TurboRequestStyle
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        audio = self.audio

        duration: str = self.duration

        prompt = self.prompt

        resolution: str = self.resolution

        style: str = self.style

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspectRatio": aspect_ratio,
                "audio": audio,
                "duration": duration,
                "prompt": prompt,
                "resolution": resolution,
                "style": style,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aspect_ratio = check_vidu_text_to_video_q3_turbo_request_aspect_ratio(
            d.pop("aspectRatio")
        )

        audio = d.pop("audio")

        duration = check_vidu_text_to_video_q3_turbo_request_duration(d.pop("duration"))

        prompt = d.pop("prompt")

        resolution = check_vidu_text_to_video_q3_turbo_request_resolution(
            d.pop("resolution")
        )

        style = check_vidu_text_to_video_q3_turbo_request_style(d.pop("style"))

        webhook_url = d.pop("webhookUrl", UNSET)

        vidu_text_to_video_q3_turbo_request = cls(
            aspect_ratio=aspect_ratio,
            audio=audio,
            duration=duration,
            prompt=prompt,
            resolution=resolution,
            style=style,
            webhook_url=webhook_url,
        )

        vidu_text_to_video_q3_turbo_request.additional_properties = d
        return vidu_text_to_video_q3_turbo_request

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
