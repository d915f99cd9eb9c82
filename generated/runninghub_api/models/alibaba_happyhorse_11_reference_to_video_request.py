from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alibaba_happyhorse_11_reference_to_video_request_aspect_ratio import (
    AlibabaHappyhorse11ReferenceToVideoRequestAspectRatio,
    check_alibaba_happyhorse_11_reference_to_video_request_aspect_ratio,
)
from ..models.alibaba_happyhorse_11_reference_to_video_request_duration import (
    AlibabaHappyhorse11ReferenceToVideoRequestDuration,
    check_alibaba_happyhorse_11_reference_to_video_request_duration,
)
from ..models.alibaba_happyhorse_11_reference_to_video_request_resolution import (
    AlibabaHappyhorse11ReferenceToVideoRequestResolution,
    check_alibaba_happyhorse_11_reference_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaHappyhorse11ReferenceToVideoRequest")


@_attrs_define
class AlibabaHappyhorse11ReferenceToVideoRequest:
    """Request body of happyhorse-1.1/reference-to-video.

    Attributes:
        duration (AlibabaHappyhorse11ReferenceToVideoRequestDuration): output length in seconds
        image_urls (list[str]): input images URLs
        prompt (str): text prompt
        resolution (AlibabaHappyhorse11ReferenceToVideoRequestResolution): output resolution tier
        aspect_ratio (AlibabaHappyhorse11ReferenceToVideoRequestAspectRatio | Unset): output aspect ratio Default:
            '16:9'.
        seed (int | Unset): random seed
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: AlibabaHappyhorse11ReferenceToVideoRequestDuration
    image_urls: list[str]
    prompt: str
    resolution: AlibabaHappyhorse11ReferenceToVideoRequestResolution
    aspect_ratio: AlibabaHappyhorse11ReferenceToVideoRequestAspectRatio | Unset = "16:9"
    seed: int | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        image_urls = self.image_urls

        prompt = self.prompt

        resolution: str = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        seed = self.seed

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "imageUrls": image_urls,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if seed is not UNSET:
            field_dict["seed"] = seed
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_alibaba_happyhorse_11_reference_to_video_request_duration(
            d.pop("duration")
        )

        image_urls = cast(list[str], d.pop("imageUrls"))

        prompt = d.pop("prompt")

        resolution = check_alibaba_happyhorse_11_reference_to_video_request_resolution(
            d.pop("resolution")
        )

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: AlibabaHappyhorse11ReferenceToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = (
                check_alibaba_happyhorse_11_reference_to_video_request_aspect_ratio(
                    _aspect_ratio
                )
            )

        seed = d.pop("seed", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        alibaba_happyhorse_11_reference_to_video_request = cls(
            duration=duration,
            image_urls=image_urls,
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            seed=seed,
            webhook_url=webhook_url,
        )

        alibaba_happyhorse_11_reference_to_video_request.additional_properties = d
        return alibaba_happyhorse_11_reference_to_video_request

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
