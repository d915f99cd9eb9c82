from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_v31_pro_official_video_extend_request_resolution import (
    RhartVideoV31ProOfficialVideoExtendRequestResolution,
    check_rhart_video_v31_pro_official_video_extend_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoV31ProOfficialVideoExtendRequest")


@_attrs_define
class RhartVideoV31ProOfficialVideoExtendRequest:
    """Request body of google/veo3.1-pro/video-extend-official-stable.

    Attributes:
        resolution (RhartVideoV31ProOfficialVideoExtendRequestResolution): output resolution tier
        video (str): video URL
        negative_prompt (str | Unset): things to avoid (negative prompt)
        prompt (str | Unset): text prompt
        seed (int | Unset): random seed
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    resolution: RhartVideoV31ProOfficialVideoExtendRequestResolution
    video: str
    negative_prompt: str | Unset = UNSET
    prompt: str | Unset = UNSET
    seed: int | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolution: str = self.resolution

        video = self.video

        negative_prompt = self.negative_prompt

        prompt = self.prompt

        seed = self.seed

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resolution": resolution,
                "video": video,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        resolution = check_rhart_video_v31_pro_official_video_extend_request_resolution(
            d.pop("resolution")
        )

        video = d.pop("video")

        negative_prompt = d.pop("negativePrompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_v31_pro_official_video_extend_request = cls(
            resolution=resolution,
            video=video,
            negative_prompt=negative_prompt,
            prompt=prompt,
            seed=seed,
            webhook_url=webhook_url,
        )

        rhart_video_v31_pro_official_video_extend_request.additional_properties = d
        return rhart_video_v31_pro_official_video_extend_request

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
