from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_sparkvideo_20_multimodal_video_request_duration import (
    RhartVideoSparkvideo20MultimodalVideoRequestDuration,
    check_rhart_video_sparkvideo_20_multimodal_video_request_duration,
)
from ..models.rhart_video_sparkvideo_20_multimodal_video_request_ratio import (
    RhartVideoSparkvideo20MultimodalVideoRequestRatio,
    check_rhart_video_sparkvideo_20_multimodal_video_request_ratio,
)
from ..models.rhart_video_sparkvideo_20_multimodal_video_request_resolution import (
    RhartVideoSparkvideo20MultimodalVideoRequestResolution,
    check_rhart_video_sparkvideo_20_multimodal_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoSparkvideo20MultimodalVideoRequest")


@_attrs_define
class RhartVideoSparkvideo20MultimodalVideoRequest:
    """Request body of seedance-2.0/multimodal-video.

    Attributes:
        duration (RhartVideoSparkvideo20MultimodalVideoRequestDuration): output length in seconds
        prompt (str): text prompt
        resolution (RhartVideoSparkvideo20MultimodalVideoRequestResolution): output resolution tier
        audio_urls (list[str] | Unset): input audios URLs
        generate_audio (bool | Unset): generate audio track Default: True.
        image_urls (list[str] | Unset): input images URLs
        ratio (RhartVideoSparkvideo20MultimodalVideoRequestRatio | Unset): output aspect ratio Default: 'adaptive'.
        return_last_frame (bool | Unset): also return the last frame image Default: False.
        video_urls (list[str] | Unset): input videos URLs
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: RhartVideoSparkvideo20MultimodalVideoRequestDuration
    prompt: str
    resolution: RhartVideoSparkvideo20MultimodalVideoRequestResolution
    audio_urls: list[str] | Unset = UNSET
    generate_audio: bool | Unset = True
    image_urls: list[str] | Unset = UNSET
    ratio: RhartVideoSparkvideo20MultimodalVideoRequestRatio | Unset = "adaptive"
    return_last_frame: bool | Unset = False
    video_urls: list[str] | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        prompt = self.prompt

        resolution: str = self.resolution

        audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.audio_urls, Unset):
            audio_urls = self.audio_urls

        generate_audio = self.generate_audio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        return_last_frame = self.return_last_frame

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if audio_urls is not UNSET:
            field_dict["audioUrls"] = audio_urls
        if generate_audio is not UNSET:
            field_dict["generateAudio"] = generate_audio
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if return_last_frame is not UNSET:
            field_dict["returnLastFrame"] = return_last_frame
        if video_urls is not UNSET:
            field_dict["videoUrls"] = video_urls
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_rhart_video_sparkvideo_20_multimodal_video_request_duration(
            d.pop("duration")
        )

        prompt = d.pop("prompt")

        resolution = (
            check_rhart_video_sparkvideo_20_multimodal_video_request_resolution(
                d.pop("resolution")
            )
        )

        audio_urls = cast(list[str], d.pop("audioUrls", UNSET))

        generate_audio = d.pop("generateAudio", UNSET)

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        _ratio = d.pop("ratio", UNSET)
        ratio: RhartVideoSparkvideo20MultimodalVideoRequestRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_rhart_video_sparkvideo_20_multimodal_video_request_ratio(
                _ratio
            )

        return_last_frame = d.pop("returnLastFrame", UNSET)

        video_urls = cast(list[str], d.pop("videoUrls", UNSET))

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_sparkvideo_20_multimodal_video_request = cls(
            duration=duration,
            prompt=prompt,
            resolution=resolution,
            audio_urls=audio_urls,
            generate_audio=generate_audio,
            image_urls=image_urls,
            ratio=ratio,
            return_last_frame=return_last_frame,
            video_urls=video_urls,
            webhook_url=webhook_url,
        )

        rhart_video_sparkvideo_20_multimodal_video_request.additional_properties = d
        return rhart_video_sparkvideo_20_multimodal_video_request

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
