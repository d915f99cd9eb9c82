from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_sparkvideo_20_image_to_video_request_duration import (
    RhartVideoSparkvideo20ImageToVideoRequestDuration,
    check_rhart_video_sparkvideo_20_image_to_video_request_duration,
)
from ..models.rhart_video_sparkvideo_20_image_to_video_request_ratio import (
    RhartVideoSparkvideo20ImageToVideoRequestRatio,
    check_rhart_video_sparkvideo_20_image_to_video_request_ratio,
)
from ..models.rhart_video_sparkvideo_20_image_to_video_request_resolution import (
    RhartVideoSparkvideo20ImageToVideoRequestResolution,
    check_rhart_video_sparkvideo_20_image_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoSparkvideo20ImageToVideoRequest")


@_attrs_define
class RhartVideoSparkvideo20ImageToVideoRequest:
    """Request body of seedance-2.0/image-to-video.

    Attributes:
        duration (RhartVideoSparkvideo20ImageToVideoRequestDuration): output length in seconds
        first_frame_url (str): first-frame image URL
        resolution (RhartVideoSparkvideo20ImageToVideoRequestResolution): output resolution tier
        generate_audio (bool | Unset): generate audio track Default: True.
        last_frame_url (str | Unset): last-frame image URL
        prompt (str | Unset): text prompt
        ratio (RhartVideoSparkvideo20ImageToVideoRequestRatio | Unset): output aspect ratio Default: 'adaptive'.
        return_last_frame (bool | Unset): also return the last frame image Default: False.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: RhartVideoSparkvideo20ImageToVideoRequestDuration
    first_frame_url: str
    resolution: RhartVideoSparkvideo20ImageToVideoRequestResolution
    generate_audio: bool | Unset = True
    last_frame_url: str | Unset = UNSET
    prompt: str | Unset = UNSET
    ratio: RhartVideoSparkvideo20ImageToVideoRequestRatio | Unset = "adaptive"
    return_last_frame: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        first_frame_url = self.first_frame_url

        resolution: str = self.resolution

        generate_audio = self.generate_audio

        last_frame_url = self.last_frame_url

        prompt = self.prompt

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        return_last_frame = self.return_last_frame

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "firstFrameUrl": first_frame_url,
                "resolution": resolution,
            }
        )
        if generate_audio is not UNSET:
            field_dict["generateAudio"] = generate_audio
        if last_frame_url is not UNSET:
            field_dict["lastFrameUrl"] = last_frame_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if return_last_frame is not UNSET:
            field_dict["returnLastFrame"] = return_last_frame
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_rhart_video_sparkvideo_20_image_to_video_request_duration(
            d.pop("duration")
        )

        first_frame_url = d.pop("firstFrameUrl")

        resolution = check_rhart_video_sparkvideo_20_image_to_video_request_resolution(
            d.pop("resolution")
        )

        generate_audio = d.pop("generateAudio", UNSET)

        last_frame_url = d.pop("lastFrameUrl", UNSET)

        prompt = d.pop("prompt", UNSET)

        _ratio = d.pop("ratio", UNSET)
        ratio: RhartVideoSparkvideo20ImageToVideoRequestRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_rhart_video_sparkvideo_20_image_to_video_request_ratio(_ratio)

        return_last_frame = d.pop("returnLastFrame", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_sparkvideo_20_image_to_video_request = cls(
            duration=duration,
            first_frame_url=first_frame_url,
            resolution=resolution,
            generate_audio=generate_audio,
            last_frame_url=last_frame_url,
            prompt=prompt,
            ratio=ratio,
            return_last_frame=return_last_frame,
            webhook_url=webhook_url,
        )

        rhart_video_sparkvideo_20_image_to_video_request.additional_properties = d
        return rhart_video_sparkvideo_20_image_to_video_request

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
