from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_s_image_to_video_pro_deprecated_request_aspect_ratio import (
    RhartVideoSImageToVideoProDeprecatedRequestAspectRatio,
    check_rhart_video_s_image_to_video_pro_deprecated_request_aspect_ratio,
)
from ..models.rhart_video_s_image_to_video_pro_deprecated_request_duration import (
    RhartVideoSImageToVideoProDeprecatedRequestDuration,
    check_rhart_video_s_image_to_video_pro_deprecated_request_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoSImageToVideoProDeprecatedRequest")


@_attrs_define
class RhartVideoSImageToVideoProDeprecatedRequest:
    """Request body of sora-2/image-to-video-pro-channel-low-price.

    Attributes:
        aspect_ratio (RhartVideoSImageToVideoProDeprecatedRequestAspectRatio): output aspect ratio
        duration (RhartVideoSImageToVideoProDeprecatedRequestDuration): output length in seconds
        image_url (str): input image URL
        prompt (str): text prompt
        storyboard (bool | Unset): storyboard mode Default: False.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    aspect_ratio: RhartVideoSImageToVideoProDeprecatedRequestAspectRatio
    duration: RhartVideoSImageToVideoProDeprecatedRequestDuration
    image_url: str
    prompt: str
    storyboard: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        duration: str = self.duration

        image_url = self.image_url

        prompt = self.prompt

        storyboard = self.storyboard

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspectRatio": aspect_ratio,
                "duration": duration,
                "imageUrl": image_url,
                "prompt": prompt,
            }
        )
        if storyboard is not UNSET:
            field_dict["storyboard"] = storyboard
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aspect_ratio = (
            check_rhart_video_s_image_to_video_pro_deprecated_request_aspect_ratio(
                d.pop("aspectRatio")
            )
        )

        duration = check_rhart_video_s_image_to_video_pro_deprecated_request_duration(
            d.pop("duration")
        )

        image_url = d.pop("imageUrl")

        prompt = d.pop("prompt")

        storyboard = d.pop("storyboard", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_s_image_to_video_pro_deprecated_request = cls(
            aspect_ratio=aspect_ratio,
            duration=duration,
            image_url=image_url,
            prompt=prompt,
            storyboard=storyboard,
            webhook_url=webhook_url,
        )

        rhart_video_s_image_to_video_pro_deprecated_request.additional_properties = d
        return rhart_video_s_image_to_video_pro_deprecated_request

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
