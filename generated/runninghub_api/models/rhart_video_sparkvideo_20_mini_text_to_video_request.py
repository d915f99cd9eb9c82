from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_sparkvideo_20_mini_text_to_video_request_duration import (
    RhartVideoSparkvideo20MiniTextToVideoRequestDuration,
    check_rhart_video_sparkvideo_20_mini_text_to_video_request_duration,
)
from ..models.rhart_video_sparkvideo_20_mini_text_to_video_request_ratio import (
    RhartVideoSparkvideo20MiniTextToVideoRequestRatio,
    check_rhart_video_sparkvideo_20_mini_text_to_video_request_ratio,
)
from ..models.rhart_video_sparkvideo_20_mini_text_to_video_request_resolution import (
    RhartVideoSparkvideo20MiniTextToVideoRequestResolution,
    check_rhart_video_sparkvideo_20_mini_text_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoSparkvideo20MiniTextToVideoRequest")


@_attrs_define
class RhartVideoSparkvideo20MiniTextToVideoRequest:
    """Request body of seedance-2.0-mini/text-to-video.

    Attributes:
        duration (RhartVideoSparkvideo20MiniTextToVideoRequestDuration): output length in seconds
        prompt (str): text prompt
        resolution (RhartVideoSparkvideo20MiniTextToVideoRequestResolution): output resolution tier
        generate_audio (bool | Unset): generate audio track Default: True.
        ratio (RhartVideoSparkvideo20MiniTextToVideoRequestRatio | Unset): output aspect ratio Default: 'adaptive'.
        return_last_frame (bool | Unset): also return the last frame image Default: False.
        seed (int | Unset): random seed Default: -1.
        web_search (bool | Unset): enable web search Default: False.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: RhartVideoSparkvideo20MiniTextToVideoRequestDuration
    prompt: str
    resolution: RhartVideoSparkvideo20MiniTextToVideoRequestResolution
    generate_audio: bool | Unset = True
    ratio: RhartVideoSparkvideo20MiniTextToVideoRequestRatio | Unset = "adaptive"
    return_last_frame: bool | Unset = False
    seed: int | Unset = -1
    web_search: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        prompt = self.prompt

        resolution: str = self.resolution

        generate_audio = self.generate_audio

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        return_last_frame = self.return_last_frame

        seed = self.seed

        web_search = self.web_search

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
        if generate_audio is not UNSET:
            field_dict["generateAudio"] = generate_audio
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if return_last_frame is not UNSET:
            field_dict["returnLastFrame"] = return_last_frame
        if seed is not UNSET:
            field_dict["seed"] = seed
        if web_search is not UNSET:
            field_dict["webSearch"] = web_search
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_rhart_video_sparkvideo_20_mini_text_to_video_request_duration(
            d.pop("duration")
        )

        prompt = d.pop("prompt")

        resolution = (
            check_rhart_video_sparkvideo_20_mini_text_to_video_request_resolution(
                d.pop("resolution")
            )
        )

        generate_audio = d.pop("generateAudio", UNSET)

        _ratio = d.pop("ratio", UNSET)
        ratio: RhartVideoSparkvideo20MiniTextToVideoRequestRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_rhart_video_sparkvideo_20_mini_text_to_video_request_ratio(
                _ratio
            )

        return_last_frame = d.pop("returnLastFrame", UNSET)

        seed = d.pop("seed", UNSET)

        web_search = d.pop("webSearch", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_sparkvideo_20_mini_text_to_video_request = cls(
            duration=duration,
            prompt=prompt,
            resolution=resolution,
            generate_audio=generate_audio,
            ratio=ratio,
            return_last_frame=return_last_frame,
            seed=seed,
            web_search=web_search,
            webhook_url=webhook_url,
        )

        rhart_video_sparkvideo_20_mini_text_to_video_request.additional_properties = d
        return rhart_video_sparkvideo_20_mini_text_to_video_request

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
