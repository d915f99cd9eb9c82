from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_v26_std_text_to_video_request_aspect_ratio import (
    KlingV26StdTextToVideoRequestAspectRatio,
    check_kling_v26_std_text_to_video_request_aspect_ratio,
)
from ..models.kling_v26_std_text_to_video_request_duration import (
    KlingV26StdTextToVideoRequestDuration,
    check_kling_v26_std_text_to_video_request_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV26StdTextToVideoRequest")


@_attrs_define
class KlingV26StdTextToVideoRequest:
    """Request body of kling-v2.6-std-text-to-video.

    Attributes:
        aspect_ratio (KlingV26StdTextToVideoRequestAspectRatio): output aspect ratio
        duration (KlingV26StdTextToVideoRequestDuration): output length in seconds
        prompt (str): text prompt
        negative_prompt (str | Unset): things to avoid (negative prompt)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    aspect_ratio: KlingV26StdTextToVideoRequestAspectRatio
    duration: KlingV26StdTextToVideoRequestDuration
    prompt: str
    negative_prompt: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        duration: str = self.duration

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspectRatio": aspect_ratio,
                "duration": duration,
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aspect_ratio = check_kling_v26_std_text_to_video_request_aspect_ratio(
            d.pop("aspectRatio")
        )

        duration = check_kling_v26_std_text_to_video_request_duration(d.pop("duration"))

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negativePrompt", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_v26_std_text_to_video_request = cls(
            aspect_ratio=aspect_ratio,
            duration=duration,
            prompt=prompt,
            negative_prompt=negative_prompt,
            webhook_url=webhook_url,
        )

        kling_v26_std_text_to_video_request.additional_properties = d
        return kling_v26_std_text_to_video_request

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
