from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_reference_to_video_q3_ad_request_aspect_ratio import (
    ViduReferenceToVideoQ3AdRequestAspectRatio,
    check_vidu_reference_to_video_q3_ad_request_aspect_ratio,
)
from ..models.vidu_reference_to_video_q3_ad_request_audio import (
    ViduReferenceToVideoQ3AdRequestAudio,
    check_vidu_reference_to_video_q3_ad_request_audio,
)
from ..models.vidu_reference_to_video_q3_ad_request_resolution import (
    ViduReferenceToVideoQ3AdRequestResolution,
    check_vidu_reference_to_video_q3_ad_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduReferenceToVideoQ3AdRequest")


@_attrs_define
class ViduReferenceToVideoQ3AdRequest:
    """Request body of Vidu-reference-to-video-q3-ad.

    Attributes:
        duration (int): output length in seconds
        image_urls (list[str]): input images URLs
        prompt (str): text prompt
        resolution (ViduReferenceToVideoQ3AdRequestResolution): output resolution tier
        aspect_ratio (ViduReferenceToVideoQ3AdRequestAspectRatio | Unset): output aspect ratio Default: '16:9'.
        audio (ViduReferenceToVideoQ3AdRequestAudio | Unset): generate audio Default: 'true'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: int
    image_urls: list[str]
    prompt: str
    resolution: ViduReferenceToVideoQ3AdRequestResolution
    aspect_ratio: ViduReferenceToVideoQ3AdRequestAspectRatio | Unset = "16:9"
    audio: ViduReferenceToVideoQ3AdRequestAudio | Unset = "true"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        image_urls = self.image_urls

        prompt = self.prompt

        resolution: str = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        audio: str | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "imageUrls": image_urls,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if audio is not UNSET:
            field_dict["audio"] = audio
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        image_urls = cast(list[str], d.pop("imageUrls"))

        prompt = d.pop("prompt")

        resolution = check_vidu_reference_to_video_q3_ad_request_resolution(
            d.pop("resolution")
        )

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: ViduReferenceToVideoQ3AdRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_vidu_reference_to_video_q3_ad_request_aspect_ratio(
                _aspect_ratio
            )

        _audio = d.pop("audio", UNSET)
        audio: ViduReferenceToVideoQ3AdRequestAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = check_vidu_reference_to_video_q3_ad_request_audio(_audio)

        webhook_url = d.pop("webhookUrl", UNSET)

        vidu_reference_to_video_q3_ad_request = cls(
            duration=duration,
            image_urls=image_urls,
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            audio=audio,
            webhook_url=webhook_url,
        )

        vidu_reference_to_video_q3_ad_request.additional_properties = d
        return vidu_reference_to_video_q3_ad_request

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
