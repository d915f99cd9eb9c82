from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seedance_v15_pro_text_to_video_request_aspect_ratio import (
    SeedanceV15ProTextToVideoRequestAspectRatio,
    check_seedance_v15_pro_text_to_video_request_aspect_ratio,
)
from ..models.seedance_v15_pro_text_to_video_request_camera_fixed import (
    SeedanceV15ProTextToVideoRequestCameraFixed,
    check_seedance_v15_pro_text_to_video_request_camera_fixed,
)
from ..models.seedance_v15_pro_text_to_video_request_duration import (
    SeedanceV15ProTextToVideoRequestDuration,
    check_seedance_v15_pro_text_to_video_request_duration,
)
from ..models.seedance_v15_pro_text_to_video_request_generate_audio import (
    SeedanceV15ProTextToVideoRequestGenerateAudio,
    check_seedance_v15_pro_text_to_video_request_generate_audio,
)
from ..models.seedance_v15_pro_text_to_video_request_resolution import (
    SeedanceV15ProTextToVideoRequestResolution,
    check_seedance_v15_pro_text_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeedanceV15ProTextToVideoRequest")


@_attrs_define
class SeedanceV15ProTextToVideoRequest:
    """Request body of seedance-v1.5-pro-text-to-video.

    Attributes:
        aspect_ratio (SeedanceV15ProTextToVideoRequestAspectRatio): output aspect ratio
        camera_fixed (SeedanceV15ProTextToVideoRequestCameraFixed): lock the camera
        duration (SeedanceV15ProTextToVideoRequestDuration): output length in seconds
        generate_audio (SeedanceV15ProTextToVideoRequestGenerateAudio): generate audio track
        prompt (str): text prompt
        resolution (SeedanceV15ProTextToVideoRequestResolution): output resolution tier
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    aspect_ratio: SeedanceV15ProTextToVideoRequestAspectRatio
    camera_fixed: SeedanceV15ProTextToVideoRequestCameraFixed
    duration: SeedanceV15ProTextToVideoRequestDuration
    generate_audio: SeedanceV15ProTextToVideoRequestGenerateAudio
    prompt: str
    resolution: SeedanceV15ProTextToVideoRequestResolution
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        camera_fixed: str = self.camera_fixed

        duration: str = self.duration

        generate_audio: str = self.generate_audio

        prompt = self.prompt

        resolution: str = self.resolution

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspectRatio": aspect_ratio,
                "cameraFixed": camera_fixed,
                "duration": duration,
                "generateAudio": generate_audio,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aspect_ratio = check_seedance_v15_pro_text_to_video_request_aspect_ratio(
            d.pop("aspectRatio")
        )

        camera_fixed = check_seedance_v15_pro_text_to_video_request_camera_fixed(
            d.pop("cameraFixed")
        )

        duration = check_seedance_v15_pro_text_to_video_request_duration(
            d.pop("duration")
        )

        generate_audio = check_seedance_v15_pro_text_to_video_request_generate_audio(
            d.pop("generateAudio")
        )

        prompt = d.pop("prompt")

        resolution = check_seedance_v15_pro_text_to_video_request_resolution(
            d.pop("resolution")
        )

        webhook_url = d.pop("webhookUrl", UNSET)

        seedance_v15_pro_text_to_video_request = cls(
            aspect_ratio=aspect_ratio,
            camera_fixed=camera_fixed,
            duration=duration,
            generate_audio=generate_audio,
            prompt=prompt,
            resolution=resolution,
            webhook_url=webhook_url,
        )

        seedance_v15_pro_text_to_video_request.additional_properties = d
        return seedance_v15_pro_text_to_video_request

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
