from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gemini_omni_flash_text_to_video_request_aspect_ratio import (
    GeminiOmniFlashTextToVideoRequestAspectRatio,
    check_gemini_omni_flash_text_to_video_request_aspect_ratio,
)
from ..models.gemini_omni_flash_text_to_video_request_duration import (
    GeminiOmniFlashTextToVideoRequestDuration,
    check_gemini_omni_flash_text_to_video_request_duration,
)
from ..models.gemini_omni_flash_text_to_video_request_resolution import (
    GeminiOmniFlashTextToVideoRequestResolution,
    check_gemini_omni_flash_text_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeminiOmniFlashTextToVideoRequest")


@_attrs_define
class GeminiOmniFlashTextToVideoRequest:
    """Request body of gemini-omni-flash/text-to-video/channel-low-price.

    Attributes:
        duration (GeminiOmniFlashTextToVideoRequestDuration): output length in seconds
        prompt (str): text prompt
        resolution (GeminiOmniFlashTextToVideoRequestResolution): output resolution tier
        aspect_ratio (GeminiOmniFlashTextToVideoRequestAspectRatio | Unset): output aspect ratio Default: '16:9'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: GeminiOmniFlashTextToVideoRequestDuration
    prompt: str
    resolution: GeminiOmniFlashTextToVideoRequestResolution
    aspect_ratio: GeminiOmniFlashTextToVideoRequestAspectRatio | Unset = "16:9"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        prompt = self.prompt

        resolution: str = self.resolution

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
                "resolution": resolution,
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
        duration = check_gemini_omni_flash_text_to_video_request_duration(
            d.pop("duration")
        )

        prompt = d.pop("prompt")

        resolution = check_gemini_omni_flash_text_to_video_request_resolution(
            d.pop("resolution")
        )

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: GeminiOmniFlashTextToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_gemini_omni_flash_text_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        gemini_omni_flash_text_to_video_request = cls(
            duration=duration,
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            webhook_url=webhook_url,
        )

        gemini_omni_flash_text_to_video_request.additional_properties = d
        return gemini_omni_flash_text_to_video_request

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
