from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_v25_turbo_pro_image_to_video_request_duration import (
    KlingV25TurboProImageToVideoRequestDuration,
    check_kling_v25_turbo_pro_image_to_video_request_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV25TurboProImageToVideoRequest")


@_attrs_define
class KlingV25TurboProImageToVideoRequest:
    """Request body of kling-v2.5-turbo-pro/image-to-video.

    Attributes:
        duration (KlingV25TurboProImageToVideoRequestDuration): output length in seconds
        first_image_url (str): first-frame image URL
        guidance_scale (float | Unset): prompt adherence Default: 0.5.
        last_image_url (str | Unset): last-frame image URL
        negative_prompt (str | Unset): things to avoid (negative prompt)
        prompt (str | Unset): text prompt
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: KlingV25TurboProImageToVideoRequestDuration
    first_image_url: str
    guidance_scale: float | Unset = 0.5
    last_image_url: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    prompt: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        first_image_url = self.first_image_url

        guidance_scale = self.guidance_scale

        last_image_url = self.last_image_url

        negative_prompt = self.negative_prompt

        prompt = self.prompt

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "firstImageUrl": first_image_url,
            }
        )
        if guidance_scale is not UNSET:
            field_dict["guidanceScale"] = guidance_scale
        if last_image_url is not UNSET:
            field_dict["lastImageUrl"] = last_image_url
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_kling_v25_turbo_pro_image_to_video_request_duration(
            d.pop("duration")
        )

        first_image_url = d.pop("firstImageUrl")

        guidance_scale = d.pop("guidanceScale", UNSET)

        last_image_url = d.pop("lastImageUrl", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_v25_turbo_pro_image_to_video_request = cls(
            duration=duration,
            first_image_url=first_image_url,
            guidance_scale=guidance_scale,
            last_image_url=last_image_url,
            negative_prompt=negative_prompt,
            prompt=prompt,
            webhook_url=webhook_url,
        )

        kling_v25_turbo_pro_image_to_video_request.additional_properties = d
        return kling_v25_turbo_pro_image_to_video_request

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
