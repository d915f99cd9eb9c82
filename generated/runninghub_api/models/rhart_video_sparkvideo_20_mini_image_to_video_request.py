from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_sparkvideo_20_mini_image_to_video_request_conversion_slots import (
    RhartVideoSparkvideo20MiniImageToVideoRequestConversionSlots,
    check_rhart_video_sparkvideo_20_mini_image_to_video_request_conversion_slots,
)
from ..models.rhart_video_sparkvideo_20_mini_image_to_video_request_duration import (
    RhartVideoSparkvideo20MiniImageToVideoRequestDuration,
    check_rhart_video_sparkvideo_20_mini_image_to_video_request_duration,
)
from ..models.rhart_video_sparkvideo_20_mini_image_to_video_request_ratio import (
    RhartVideoSparkvideo20MiniImageToVideoRequestRatio,
    check_rhart_video_sparkvideo_20_mini_image_to_video_request_ratio,
)
from ..models.rhart_video_sparkvideo_20_mini_image_to_video_request_resolution import (
    RhartVideoSparkvideo20MiniImageToVideoRequestResolution,
    check_rhart_video_sparkvideo_20_mini_image_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoSparkvideo20MiniImageToVideoRequest")


@_attrs_define
class RhartVideoSparkvideo20MiniImageToVideoRequest:
    """Request body of seedance-2.0-mini/image-to-video.

    Attributes:
        duration (RhartVideoSparkvideo20MiniImageToVideoRequestDuration): output length in seconds
        first_frame_url (str): first-frame image URL
        resolution (RhartVideoSparkvideo20MiniImageToVideoRequestResolution): output resolution tier
        conversion_slots (RhartVideoSparkvideo20MiniImageToVideoRequestConversionSlots | Unset): which media slots to
            convert (sent as a list) Default: 'all'.
        generate_audio (bool | Unset): generate audio track Default: True.
        last_frame_url (str | Unset): last-frame image URL
        prompt (str | Unset): text prompt
        ratio (RhartVideoSparkvideo20MiniImageToVideoRequestRatio | Unset): output aspect ratio Default: 'adaptive'.
        real_person_mode (bool | Unset): convert real-person media to provider assets first Default: True.
        return_last_frame (bool | Unset): also return the last frame image Default: False.
        seed (int | Unset): random seed Default: -1.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: RhartVideoSparkvideo20MiniImageToVideoRequestDuration
    first_frame_url: str
    resolution: RhartVideoSparkvideo20MiniImageToVideoRequestResolution
    conversion_slots: (
        RhartVideoSparkvideo20MiniImageToVideoRequestConversionSlots | Unset
    ) = "all"
    generate_audio: bool | Unset = True
    last_frame_url: str | Unset = UNSET
    prompt: str | Unset = UNSET
    ratio: RhartVideoSparkvideo20MiniImageToVideoRequestRatio | Unset = "adaptive"
    real_person_mode: bool | Unset = True
    return_last_frame: bool | Unset = False
    seed: int | Unset = -1
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        first_frame_url = self.first_frame_url

        resolution: str = self.resolution

        conversion_slots: str | Unset = UNSET
        if not isinstance(self.conversion_slots, Unset):
            conversion_slots = self.conversion_slots

        generate_audio = self.generate_audio

        last_frame_url = self.last_frame_url

        prompt = self.prompt

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        real_person_mode = self.real_person_mode

        return_last_frame = self.return_last_frame

        seed = self.seed

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
        if conversion_slots is not UNSET:
            field_dict["conversionSlots"] = conversion_slots
        if generate_audio is not UNSET:
            field_dict["generateAudio"] = generate_audio
        if last_frame_url is not UNSET:
            field_dict["lastFrameUrl"] = last_frame_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if real_person_mode is not UNSET:
            field_dict["realPersonMode"] = real_person_mode
        if return_last_frame is not UNSET:
            field_dict["returnLastFrame"] = return_last_frame
        if seed is not UNSET:
            field_dict["seed"] = seed
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_rhart_video_sparkvideo_20_mini_image_to_video_request_duration(
            d.pop("duration")
        )

        first_frame_url = d.pop("firstFrameUrl")

        resolution = (
            check_rhart_video_sparkvideo_20_mini_image_to_video_request_resolution(
                d.pop("resolution")
            )
        )

        _conversion_slots = d.pop("conversionSlots", UNSET)
        conversion_slots: (
            RhartVideoSparkvideo20MiniImageToVideoRequestConversionSlots | Unset
        )
        if isinstance(_conversion_slots, Unset):
            conversion_slots = UNSET
        else:
            conversion_slots = check_rhart_video_sparkvideo_20_mini_image_to_video_request_conversion_slots(
                _conversion_slots
            )

        generate_audio = d.pop("generateAudio", UNSET)

        last_frame_url = d.pop("lastFrameUrl", UNSET)

        prompt = d.pop("prompt", UNSET)

        _ratio = d.pop("ratio", UNSET)
        ratio: RhartVideoSparkvideo20MiniImageToVideoRequestRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_rhart_video_sparkvideo_20_mini_image_to_video_request_ratio(
                _ratio
            )

        real_person_mode = d.pop("realPersonMode", UNSET)

        return_last_frame = d.pop("returnLastFrame", UNSET)

        seed = d.pop("seed", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_sparkvideo_20_mini_image_to_video_request = cls(
            duration=duration,
            first_frame_url=first_frame_url,
            resolution=resolution,
            conversion_slots=conversion_slots,
            generate_audio=generate_audio,
            last_frame_url=last_frame_url,
            prompt=prompt,
            ratio=ratio,
            real_person_mode=real_person_mode,
            return_last_frame=return_last_frame,
            seed=seed,
            webhook_url=webhook_url,
        )

        rhart_video_sparkvideo_20_mini_image_to_video_request.additional_properties = d
        return rhart_video_sparkvideo_20_mini_image_to_video_request

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
