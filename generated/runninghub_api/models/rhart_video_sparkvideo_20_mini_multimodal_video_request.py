from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_sparkvideo_20_mini_multimodal_video_request_conversion_slots import (
    RhartVideoSparkvideo20MiniMultimodalVideoRequestConversionSlots,
    check_rhart_video_sparkvideo_20_mini_multimodal_video_request_conversion_slots,
)
from ..models.rhart_video_sparkvideo_20_mini_multimodal_video_request_duration import (
    RhartVideoSparkvideo20MiniMultimodalVideoRequestDuration,
    check_rhart_video_sparkvideo_20_mini_multimodal_video_request_duration,
)
from ..models.rhart_video_sparkvideo_20_mini_multimodal_video_request_ratio import (
    RhartVideoSparkvideo20MiniMultimodalVideoRequestRatio,
    check_rhart_video_sparkvideo_20_mini_multimodal_video_request_ratio,
)
from ..models.rhart_video_sparkvideo_20_mini_multimodal_video_request_resolution import (
    RhartVideoSparkvideo20MiniMultimodalVideoRequestResolution,
    check_rhart_video_sparkvideo_20_mini_multimodal_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoSparkvideo20MiniMultimodalVideoRequest")


@_attrs_define
class RhartVideoSparkvideo20MiniMultimodalVideoRequest:
    """Request body of seedance-2.0-mini/multimodal-video.

    Attributes:
        duration (RhartVideoSparkvideo20MiniMultimodalVideoRequestDuration): output length in seconds
        prompt (str): text prompt
        resolution (RhartVideoSparkvideo20MiniMultimodalVideoRequestResolution): output resolution tier
        audio_urls (list[str] | Unset): input audios URLs
        conversion_slots (RhartVideoSparkvideo20MiniMultimodalVideoRequestConversionSlots | Unset): which media slots to
            convert (sent as a list) Default: 'all'.
        generate_audio (bool | Unset): generate audio track Default: True.
        image_urls (list[str] | Unset): input images URLs
        ratio (RhartVideoSparkvideo20MiniMultimodalVideoRequestRatio | Unset): output aspect ratio Default: 'adaptive'.
        real_person_mode (bool | Unset): convert real-person media to provider assets first Default: True.
        return_last_frame (bool | Unset): also return the last frame image Default: False.
        seed (int | Unset): random seed Default: -1.
        video_urls (list[str] | Unset): input videos URLs
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: RhartVideoSparkvideo20MiniMultimodalVideoRequestDuration
    prompt: str
    resolution: RhartVideoSparkvideo20MiniMultimodalVideoRequestResolution
    audio_urls: list[str] | Unset = UNSET
    conversion_slots: (
        RhartVideoSparkvideo20MiniMultimodalVideoRequestConversionSlots | Unset
    ) = "all"
    generate_audio: bool | Unset = True
    image_urls: list[str] | Unset = UNSET
    ratio: RhartVideoSparkvideo20MiniMultimodalVideoRequestRatio | Unset = "adaptive"
    real_person_mode: bool | Unset = True
    return_last_frame: bool | Unset = False
    seed: int | Unset = -1
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

        conversion_slots: str | Unset = UNSET
        if not isinstance(self.conversion_slots, Unset):
            conversion_slots = self.conversion_slots

        generate_audio = self.generate_audio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        real_person_mode = self.real_person_mode

        return_last_frame = self.return_last_frame

        seed = self.seed

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
        if conversion_slots is not UNSET:
            field_dict["conversionSlots"] = conversion_slots
        if generate_audio is not UNSET:
            field_dict["generateAudio"] = generate_audio
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if real_person_mode is not UNSET:
            field_dict["realPersonMode"] = real_person_mode
        if return_last_frame is not UNSET:
            field_dict["returnLastFrame"] = return_last_frame
        if seed is not UNSET:
            field_dict["seed"] = seed
        if video_urls is not UNSET:
            field_dict["videoUrls"] = video_urls
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = (
            check_rhart_video_sparkvideo_20_mini_multimodal_video_request_duration(
                d.pop("duration")
            )
        )

        prompt = d.pop("prompt")

        resolution = (
            check_rhart_video_sparkvideo_20_mini_multimodal_video_request_resolution(
                d.pop("resolution")
            )
        )

        audio_urls = cast(list[str], d.pop("audioUrls", UNSET))

        _conversion_slots = d.pop("conversionSlots", UNSET)
        conversion_slots: (
            RhartVideoSparkvideo20MiniMultimodalVideoRequestConversionSlots | Unset
        )
        if isinstance(_conversion_slots, Unset):
            conversion_slots = UNSET
        else:
            conversion_slots = check_rhart_video_sparkvideo_20_mini_multimodal_video_request_conversion_slots(
                _conversion_slots
            )

        generate_audio = d.pop("generateAudio", UNSET)

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        _ratio = d.pop("ratio", UNSET)
        ratio: RhartVideoSparkvideo20MiniMultimodalVideoRequestRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_rhart_video_sparkvideo_20_mini_multimodal_video_request_ratio(
                _ratio
            )

        real_person_mode = d.pop("realPersonMode", UNSET)

        return_last_frame = d.pop("returnLastFrame", UNSET)

        seed = d.pop("seed", UNSET)

        video_urls = cast(list[str], d.pop("videoUrls", UNSET))

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_sparkvideo_20_mini_multimodal_video_request = cls(
            duration=duration,
            prompt=prompt,
            resolution=resolution,
            audio_urls=audio_urls,
            conversion_slots=conversion_slots,
            generate_audio=generate_audio,
            image_urls=image_urls,
            ratio=ratio,
            real_person_mode=real_person_mode,
            return_last_frame=return_last_frame,
            seed=seed,
            video_urls=video_urls,
            webhook_url=webhook_url,
        )

        rhart_video_sparkvideo_20_mini_multimodal_video_request.additional_properties = d
        return rhart_video_sparkvideo_20_mini_multimodal_video_request

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
