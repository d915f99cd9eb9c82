from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_v3_turbo_std_image_to_video_request_duration import (
    KlingV3TurboStdImageToVideoRequestDuration,
    check_kling_v3_turbo_std_image_to_video_request_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV3TurboStdImageToVideoRequest")


@_attrs_define
class KlingV3TurboStdImageToVideoRequest:
    """Request body of kling-v3-turbo-std-image-to-video.

    Attributes:
        duration (KlingV3TurboStdImageToVideoRequestDuration): output length in seconds
        first_image_url (str): first-frame image URL
        prompt (str | Unset): text prompt
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: KlingV3TurboStdImageToVideoRequestDuration
    first_image_url: str
    prompt: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        first_image_url = self.first_image_url

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
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_kling_v3_turbo_std_image_to_video_request_duration(
            d.pop("duration")
        )

        first_image_url = d.pop("firstImageUrl")

        prompt = d.pop("prompt", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_v3_turbo_std_image_to_video_request = cls(
            duration=duration,
            first_image_url=first_image_url,
            prompt=prompt,
            webhook_url=webhook_url,
        )

        kling_v3_turbo_std_image_to_video_request.additional_properties = d
        return kling_v3_turbo_std_image_to_video_request

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
