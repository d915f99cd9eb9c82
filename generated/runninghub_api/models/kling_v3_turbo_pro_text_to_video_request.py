from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_v3_turbo_pro_text_to_video_request_aspect_ratio import (
    KlingV3TurboProTextToVideoRequestAspectRatio,
    check_kling_v3_turbo_pro_text_to_video_request_aspect_ratio,
)
from ..models.kling_v3_turbo_pro_text_to_video_request_duration import (
    KlingV3TurboProTextToVideoRequestDuration,
    check_kling_v3_turbo_pro_text_to_video_request_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV3TurboProTextToVideoRequest")


@_attrs_define
class KlingV3TurboProTextToVideoRequest:
    """Request body of kling-v3-turbo-pro-text-to-video.

    Attributes:
        duration (KlingV3TurboProTextToVideoRequestDuration): output length in seconds
        prompt (str): text prompt
        aspect_ratio (KlingV3TurboProTextToVideoRequestAspectRatio | Unset): output aspect ratio Default: '16:9'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: KlingV3TurboProTextToVideoRequestDuration
    prompt: str
    aspect_ratio: KlingV3TurboProTextToVideoRequestAspectRatio | Unset = "16:9"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_kling_v3_turbo_pro_text_to_video_request_duration(
            d.pop("duration")
        )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: KlingV3TurboProTextToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_v3_turbo_pro_text_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_v3_turbo_pro_text_to_video_request = cls(
            duration=duration,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            webhook_url=webhook_url,
        )

        kling_v3_turbo_pro_text_to_video_request.additional_properties = d
        return kling_v3_turbo_pro_text_to_video_request

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
