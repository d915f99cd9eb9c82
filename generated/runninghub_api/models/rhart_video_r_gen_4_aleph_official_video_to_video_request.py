from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_r_gen_4_aleph_official_video_to_video_request_aspect_ratio import (
    RhartVideoRGen4AlephOfficialVideoToVideoRequestAspectRatio,
    check_rhart_video_r_gen_4_aleph_official_video_to_video_request_aspect_ratio,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoRGen4AlephOfficialVideoToVideoRequest")


@_attrs_define
class RhartVideoRGen4AlephOfficialVideoToVideoRequest:
    """Request body of runwayml/gen4-aleph/video-to-video-official-stable.

    Attributes:
        prompt (str): prompt
        video_url (str): video URL (video url)
        aspect_ratio (RhartVideoRGen4AlephOfficialVideoToVideoRequestAspectRatio | Unset): aspect ratio Default: '16:9'.
        reference_image_url (str | Unset): image URL (reference image url)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    video_url: str
    aspect_ratio: RhartVideoRGen4AlephOfficialVideoToVideoRequestAspectRatio | Unset = (
        "16:9"
    )
    reference_image_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        reference_image_url = self.reference_image_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "videoUrl": video_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if reference_image_url is not UNSET:
            field_dict["referenceImageUrl"] = reference_image_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("videoUrl")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: RhartVideoRGen4AlephOfficialVideoToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_rhart_video_r_gen_4_aleph_official_video_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        reference_image_url = d.pop("referenceImageUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_r_gen_4_aleph_official_video_to_video_request = cls(
            prompt=prompt,
            video_url=video_url,
            aspect_ratio=aspect_ratio,
            reference_image_url=reference_image_url,
            webhook_url=webhook_url,
        )

        rhart_video_r_gen_4_aleph_official_video_to_video_request.additional_properties = d
        return rhart_video_r_gen_4_aleph_official_video_to_video_request

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
