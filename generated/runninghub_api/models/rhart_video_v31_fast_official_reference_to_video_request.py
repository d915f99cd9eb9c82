from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_v31_fast_official_reference_to_video_request_aspect_ratio import (
    RhartVideoV31FastOfficialReferenceToVideoRequestAspectRatio,
    check_rhart_video_v31_fast_official_reference_to_video_request_aspect_ratio,
)
from ..models.rhart_video_v31_fast_official_reference_to_video_request_resolution import (
    RhartVideoV31FastOfficialReferenceToVideoRequestResolution,
    check_rhart_video_v31_fast_official_reference_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoV31FastOfficialReferenceToVideoRequest")


@_attrs_define
class RhartVideoV31FastOfficialReferenceToVideoRequest:
    """Request body of google/veo3.1-fast/reference-to-video-official-stable.

    Attributes:
        image_urls (list[str]): input images URLs
        prompt (str): text prompt
        resolution (RhartVideoV31FastOfficialReferenceToVideoRequestResolution): output resolution tier
        aspect_ratio (RhartVideoV31FastOfficialReferenceToVideoRequestAspectRatio | Unset): output aspect ratio Default:
            '16:9'.
        generate_audio (bool | Unset): generate audio track Default: False.
        negative_prompt (str | Unset): things to avoid (negative prompt)
        seed (int | Unset): random seed
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    image_urls: list[str]
    prompt: str
    resolution: RhartVideoV31FastOfficialReferenceToVideoRequestResolution
    aspect_ratio: (
        RhartVideoV31FastOfficialReferenceToVideoRequestAspectRatio | Unset
    ) = "16:9"
    generate_audio: bool | Unset = False
    negative_prompt: str | Unset = UNSET
    seed: int | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        prompt = self.prompt

        resolution: str = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        generate_audio = self.generate_audio

        negative_prompt = self.negative_prompt

        seed = self.seed

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrls": image_urls,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if generate_audio is not UNSET:
            field_dict["generateAudio"] = generate_audio
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
        image_urls = cast(list[str], d.pop("imageUrls"))

        prompt = d.pop("prompt")

        resolution = (
            check_rhart_video_v31_fast_official_reference_to_video_request_resolution(
                d.pop("resolution")
            )
        )

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: (
            RhartVideoV31FastOfficialReferenceToVideoRequestAspectRatio | Unset
        )
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_rhart_video_v31_fast_official_reference_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        generate_audio = d.pop("generateAudio", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        seed = d.pop("seed", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_v31_fast_official_reference_to_video_request = cls(
            image_urls=image_urls,
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            generate_audio=generate_audio,
            negative_prompt=negative_prompt,
            seed=seed,
            webhook_url=webhook_url,
        )

        rhart_video_v31_fast_official_reference_to_video_request.additional_properties = d
        return rhart_video_v31_fast_official_reference_to_video_request

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
