from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_g_official_image_to_video_v15_request_resolution import (
    RhartVideoGOfficialImageToVideoV15RequestResolution,
    check_rhart_video_g_official_image_to_video_v15_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoGOfficialImageToVideoV15Request")


@_attrs_define
class RhartVideoGOfficialImageToVideoV15Request:
    """Request body of xai/grok-imagine-video-v1.5/image-to-video-official-stable.

    Attributes:
        duration (int): output length in seconds
        image_url (str): input image URL
        prompt (str): text prompt
        resolution (RhartVideoGOfficialImageToVideoV15RequestResolution): output resolution tier
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: int
    image_url: str
    prompt: str
    resolution: RhartVideoGOfficialImageToVideoV15RequestResolution
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        image_url = self.image_url

        prompt = self.prompt

        resolution: str = self.resolution

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "imageUrl": image_url,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        image_url = d.pop("imageUrl")

        prompt = d.pop("prompt")

        resolution = check_rhart_video_g_official_image_to_video_v15_request_resolution(
            d.pop("resolution")
        )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_g_official_image_to_video_v15_request = cls(
            duration=duration,
            image_url=image_url,
            prompt=prompt,
            resolution=resolution,
            webhook_url=webhook_url,
        )

        rhart_video_g_official_image_to_video_v15_request.additional_properties = d
        return rhart_video_g_official_image_to_video_v15_request

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
