from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alibaba_wan_27_spicy_image_to_video_request_resolution import (
    AlibabaWan27SpicyImageToVideoRequestResolution,
    check_alibaba_wan_27_spicy_image_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaWan27SpicyImageToVideoRequest")


@_attrs_define
class AlibabaWan27SpicyImageToVideoRequest:
    """Request body of wan-2.7-spicy/image-to-video.

    Attributes:
        duration (int): output length in seconds
        image_url (str): input image URL
        resolution (AlibabaWan27SpicyImageToVideoRequestResolution): output resolution tier
        audio_url (str | Unset): input audio URL
        negative_prompt (str | Unset): things to avoid (negative prompt)
        prompt (str | Unset): text prompt
        prompt_extend (bool | Unset): let the service rewrite/expand the prompt Default: True.
        seed (int | Unset): random seed
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: int
    image_url: str
    resolution: AlibabaWan27SpicyImageToVideoRequestResolution
    audio_url: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    prompt: str | Unset = UNSET
    prompt_extend: bool | Unset = True
    seed: int | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        image_url = self.image_url

        resolution: str = self.resolution

        audio_url = self.audio_url

        negative_prompt = self.negative_prompt

        prompt = self.prompt

        prompt_extend = self.prompt_extend

        seed = self.seed

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "imageUrl": image_url,
                "resolution": resolution,
            }
        )
        if audio_url is not UNSET:
            field_dict["audioUrl"] = audio_url
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_extend is not UNSET:
            field_dict["promptExtend"] = prompt_extend
        if seed is not UNSET:
            field_dict["seed"] = seed
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        image_url = d.pop("imageUrl")

        resolution = check_alibaba_wan_27_spicy_image_to_video_request_resolution(
            d.pop("resolution")
        )

        audio_url = d.pop("audioUrl", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        prompt_extend = d.pop("promptExtend", UNSET)

        seed = d.pop("seed", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        alibaba_wan_27_spicy_image_to_video_request = cls(
            duration=duration,
            image_url=image_url,
            resolution=resolution,
            audio_url=audio_url,
            negative_prompt=negative_prompt,
            prompt=prompt,
            prompt_extend=prompt_extend,
            seed=seed,
            webhook_url=webhook_url,
        )

        alibaba_wan_27_spicy_image_to_video_request.additional_properties = d
        return alibaba_wan_27_spicy_image_to_video_request

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
