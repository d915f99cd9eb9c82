from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cinematic_video_generator_request_aspect_ratio import (
    CinematicVideoGeneratorRequestAspectRatio,
    check_cinematic_video_generator_request_aspect_ratio,
)
from ..models.cinematic_video_generator_request_duration import (
    CinematicVideoGeneratorRequestDuration,
    check_cinematic_video_generator_request_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CinematicVideoGeneratorRequest")


@_attrs_define
class CinematicVideoGeneratorRequest:
    """Request body of cinematic-video-generator.

    Attributes:
        duration (CinematicVideoGeneratorRequestDuration): output length in seconds
        prompt (str): text prompt
        aspect_ratio (CinematicVideoGeneratorRequestAspectRatio | Unset): output aspect ratio Default: '16:9'.
        image_urls (list[str] | Unset): input images URLs
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: CinematicVideoGeneratorRequestDuration
    prompt: str
    aspect_ratio: CinematicVideoGeneratorRequestAspectRatio | Unset = "16:9"
    image_urls: list[str] | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        prompt = self.prompt

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
                "duration": duration,
                "prompt": prompt,
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
        duration = check_cinematic_video_generator_request_duration(d.pop("duration"))

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: CinematicVideoGeneratorRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_cinematic_video_generator_request_aspect_ratio(
                _aspect_ratio
            )

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        webhook_url = d.pop("webhookUrl", UNSET)

        cinematic_video_generator_request = cls(
            duration=duration,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            image_urls=image_urls,
            webhook_url=webhook_url,
        )

        cinematic_video_generator_request.additional_properties = d
        return cinematic_video_generator_request

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
