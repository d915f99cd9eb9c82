from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gemini_omni_flash_video_edit_request_aspect_ratio import (
    GeminiOmniFlashVideoEditRequestAspectRatio,
    check_gemini_omni_flash_video_edit_request_aspect_ratio,
)
from ..models.gemini_omni_flash_video_edit_request_resolution import (
    GeminiOmniFlashVideoEditRequestResolution,
    check_gemini_omni_flash_video_edit_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeminiOmniFlashVideoEditRequest")


@_attrs_define
class GeminiOmniFlashVideoEditRequest:
    """Request body of gemini-omni-flash/video-edit/channel-low-price.

    Attributes:
        prompt (str): text prompt
        resolution (GeminiOmniFlashVideoEditRequestResolution): output resolution tier
        video_url (str): input video URL
        aspect_ratio (GeminiOmniFlashVideoEditRequestAspectRatio | Unset): output aspect ratio Default: '16:9'.
        image_urls (list[str] | Unset): input images URLs
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    resolution: GeminiOmniFlashVideoEditRequestResolution
    video_url: str
    aspect_ratio: GeminiOmniFlashVideoEditRequestAspectRatio | Unset = "16:9"
    image_urls: list[str] | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        resolution: str = self.resolution

        video_url = self.video_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "resolution": resolution,
                "videoUrl": video_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        resolution = check_gemini_omni_flash_video_edit_request_resolution(
            d.pop("resolution")
        )

        video_url = d.pop("videoUrl")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: GeminiOmniFlashVideoEditRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_gemini_omni_flash_video_edit_request_aspect_ratio(
                _aspect_ratio
            )

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        webhook_url = d.pop("webhookUrl", UNSET)

        gemini_omni_flash_video_edit_request = cls(
            prompt=prompt,
            resolution=resolution,
            video_url=video_url,
            aspect_ratio=aspect_ratio,
            image_urls=image_urls,
            webhook_url=webhook_url,
        )

        gemini_omni_flash_video_edit_request.additional_properties = d
        return gemini_omni_flash_video_edit_request

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
