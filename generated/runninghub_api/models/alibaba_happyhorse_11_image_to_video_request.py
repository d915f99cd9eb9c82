from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alibaba_happyhorse_11_image_to_video_request_duration import (
    AlibabaHappyhorse11ImageToVideoRequestDuration,
    check_alibaba_happyhorse_11_image_to_video_request_duration,
)
from ..models.alibaba_happyhorse_11_image_to_video_request_resolution import (
    AlibabaHappyhorse11ImageToVideoRequestResolution,
    check_alibaba_happyhorse_11_image_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaHappyhorse11ImageToVideoRequest")


@_attrs_define
class AlibabaHappyhorse11ImageToVideoRequest:
    """Request body of happyhorse-1.1/image-to-video.

    Attributes:
        duration (AlibabaHappyhorse11ImageToVideoRequestDuration): output length in seconds
        image_url (str): input image URL
        resolution (AlibabaHappyhorse11ImageToVideoRequestResolution): output resolution tier
        prompt (str | Unset): text prompt
        seed (int | Unset): random seed
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: AlibabaHappyhorse11ImageToVideoRequestDuration
    image_url: str
    resolution: AlibabaHappyhorse11ImageToVideoRequestResolution
    prompt: str | Unset = UNSET
    seed: int | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        image_url = self.image_url

        resolution: str = self.resolution

        prompt = self.prompt

        seed = self.seed

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "imageUrl": image_url,
                "resolution": resolution,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_alibaba_happyhorse_11_image_to_video_request_duration(
            d.pop("duration")
        )

        image_url = d.pop("imageUrl")

        resolution = check_alibaba_happyhorse_11_image_to_video_request_resolution(
            d.pop("resolution")
        )

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        alibaba_happyhorse_11_image_to_video_request = cls(
            duration=duration,
            image_url=image_url,
            resolution=resolution,
            prompt=prompt,
            seed=seed,
            webhook_url=webhook_url,
        )

        alibaba_happyhorse_11_image_to_video_request.additional_properties = d
        return alibaba_happyhorse_11_image_to_video_request

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
