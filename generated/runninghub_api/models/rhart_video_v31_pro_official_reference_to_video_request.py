from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_v31_pro_official_reference_to_video_request_resolution import (
    RhartVideoV31ProOfficialReferenceToVideoRequestResolution,
    check_rhart_video_v31_pro_official_reference_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoV31ProOfficialReferenceToVideoRequest")


@_attrs_define
class RhartVideoV31ProOfficialReferenceToVideoRequest:
    """Request body of google/veo3.1-pro/reference-to-video-official-stable.

    Attributes:
        generate_audio (bool): generate audio track
        image_urls (list[str]): input images URLs
        prompt (str): text prompt
        resolution (RhartVideoV31ProOfficialReferenceToVideoRequestResolution): output resolution tier
        negative_prompt (str | Unset): things to avoid (negative prompt)
        seed (int | Unset): random seed
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    generate_audio: bool
    image_urls: list[str]
    prompt: str
    resolution: RhartVideoV31ProOfficialReferenceToVideoRequestResolution
    negative_prompt: str | Unset = UNSET
    seed: int | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generate_audio = self.generate_audio

        image_urls = self.image_urls

        prompt = self.prompt

        resolution: str = self.resolution

        negative_prompt = self.negative_prompt

        seed = self.seed

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generateAudio": generate_audio,
                "imageUrls": image_urls,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        generate_audio = d.pop("generateAudio")

        image_urls = cast(list[str], d.pop("imageUrls"))

        prompt = d.pop("prompt")

        resolution = (
            check_rhart_video_v31_pro_official_reference_to_video_request_resolution(
                d.pop("resolution")
            )
        )

        negative_prompt = d.pop("negativePrompt", UNSET)

        seed = d.pop("seed", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_v31_pro_official_reference_to_video_request = cls(
            generate_audio=generate_audio,
            image_urls=image_urls,
            prompt=prompt,
            resolution=resolution,
            negative_prompt=negative_prompt,
            seed=seed,
            webhook_url=webhook_url,
        )

        rhart_video_v31_pro_official_reference_to_video_request.additional_properties = d
        return rhart_video_v31_pro_official_reference_to_video_request

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
