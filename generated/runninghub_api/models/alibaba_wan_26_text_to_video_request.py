from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alibaba_wan_26_text_to_video_request_duration import (
    AlibabaWan26TextToVideoRequestDuration,
    check_alibaba_wan_26_text_to_video_request_duration,
)
from ..models.alibaba_wan_26_text_to_video_request_resolution import (
    AlibabaWan26TextToVideoRequestResolution,
    check_alibaba_wan_26_text_to_video_request_resolution,
)
from ..models.alibaba_wan_26_text_to_video_request_shot_type import (
    AlibabaWan26TextToVideoRequestShotType,
    check_alibaba_wan_26_text_to_video_request_shot_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaWan26TextToVideoRequest")


@_attrs_define
class AlibabaWan26TextToVideoRequest:
    """Request body of alibaba/wan-2.6/text-to-video.

    Attributes:
        duration (AlibabaWan26TextToVideoRequestDuration): output length in seconds
        prompt (str): text prompt
        resolution (AlibabaWan26TextToVideoRequestResolution): output resolution tier
        shot_type (AlibabaWan26TextToVideoRequestShotType): single or multi-shot
        negative_prompt (str | Unset): things to avoid (negative prompt)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: AlibabaWan26TextToVideoRequestDuration
    prompt: str
    resolution: AlibabaWan26TextToVideoRequestResolution
    shot_type: AlibabaWan26TextToVideoRequestShotType
    negative_prompt: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        prompt = self.prompt

        resolution: str = self.resolution

        shot_type: str = self.shot_type

        negative_prompt = self.negative_prompt

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "prompt": prompt,
                "resolution": resolution,
                "shotType": shot_type,
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
        duration = check_alibaba_wan_26_text_to_video_request_duration(
            d.pop("duration")
        )

        prompt = d.pop("prompt")

        resolution = check_alibaba_wan_26_text_to_video_request_resolution(
            d.pop("resolution")
        )

        shot_type = check_alibaba_wan_26_text_to_video_request_shot_type(
            d.pop("shotType")
        )

        negative_prompt = d.pop("negativePrompt", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        alibaba_wan_26_text_to_video_request = cls(
            duration=duration,
            prompt=prompt,
            resolution=resolution,
            shot_type=shot_type,
            negative_prompt=negative_prompt,
            webhook_url=webhook_url,
        )

        alibaba_wan_26_text_to_video_request.additional_properties = d
        return alibaba_wan_26_text_to_video_request

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
