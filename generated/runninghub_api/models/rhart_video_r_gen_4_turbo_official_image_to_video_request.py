from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_r_gen_4_turbo_official_image_to_video_request_aspect_ratio import (
    RhartVideoRGen4TurboOfficialImageToVideoRequestAspectRatio,
    check_rhart_video_r_gen_4_turbo_official_image_to_video_request_aspect_ratio,
)
from ..models.rhart_video_r_gen_4_turbo_official_image_to_video_request_duration import (
    RhartVideoRGen4TurboOfficialImageToVideoRequestDuration,
    check_rhart_video_r_gen_4_turbo_official_image_to_video_request_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoRGen4TurboOfficialImageToVideoRequest")


@_attrs_define
class RhartVideoRGen4TurboOfficialImageToVideoRequest:
    """Request body of runwayml/gen4-turbo/image-to-video-official-stable.

    Attributes:
        duration (RhartVideoRGen4TurboOfficialImageToVideoRequestDuration): duration
        image_url (str): image URL (image url)
        prompt (str): prompt
        aspect_ratio (RhartVideoRGen4TurboOfficialImageToVideoRequestAspectRatio | Unset): aspect ratio
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: RhartVideoRGen4TurboOfficialImageToVideoRequestDuration
    image_url: str
    prompt: str
    aspect_ratio: RhartVideoRGen4TurboOfficialImageToVideoRequestAspectRatio | Unset = (
        UNSET
    )
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        image_url = self.image_url

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
                "imageUrl": image_url,
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
        duration = (
            check_rhart_video_r_gen_4_turbo_official_image_to_video_request_duration(
                d.pop("duration")
            )
        )

        image_url = d.pop("imageUrl")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: RhartVideoRGen4TurboOfficialImageToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_rhart_video_r_gen_4_turbo_official_image_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_r_gen_4_turbo_official_image_to_video_request = cls(
            duration=duration,
            image_url=image_url,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            webhook_url=webhook_url,
        )

        rhart_video_r_gen_4_turbo_official_image_to_video_request.additional_properties = d
        return rhart_video_r_gen_4_turbo_official_image_to_video_request

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
