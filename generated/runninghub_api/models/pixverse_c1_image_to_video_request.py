from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pixverse_c1_image_to_video_request_resolution import (
    PixverseC1ImageToVideoRequestResolution,
    check_pixverse_c1_image_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PixverseC1ImageToVideoRequest")


@_attrs_define
class PixverseC1ImageToVideoRequest:
    """Request body of pixverse-c1/image-to-video.

    Attributes:
        duration (int): duration
        generate_audio_switch (bool): generate audio switch
        image_url (str): image URL (image url)
        resolution (PixverseC1ImageToVideoRequestResolution): resolution
        prompt (str | Unset): prompt
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: int
    generate_audio_switch: bool
    image_url: str
    resolution: PixverseC1ImageToVideoRequestResolution
    prompt: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        generate_audio_switch = self.generate_audio_switch

        image_url = self.image_url

        resolution: str = self.resolution

        prompt = self.prompt

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "generateAudioSwitch": generate_audio_switch,
                "imageUrl": image_url,
                "resolution": resolution,
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
        duration = d.pop("duration")

        generate_audio_switch = d.pop("generateAudioSwitch")

        image_url = d.pop("imageUrl")

        resolution = check_pixverse_c1_image_to_video_request_resolution(
            d.pop("resolution")
        )

        prompt = d.pop("prompt", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        pixverse_c1_image_to_video_request = cls(
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            image_url=image_url,
            resolution=resolution,
            prompt=prompt,
            webhook_url=webhook_url,
        )

        pixverse_c1_image_to_video_request.additional_properties = d
        return pixverse_c1_image_to_video_request

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
