from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_sparkvideo_20_multimodal_video_star_request_duration import (
    RhartVideoSparkvideo20MultimodalVideoStarRequestDuration,
    check_rhart_video_sparkvideo_20_multimodal_video_star_request_duration,
)
from ..models.rhart_video_sparkvideo_20_multimodal_video_star_request_ratio import (
    RhartVideoSparkvideo20MultimodalVideoStarRequestRatio,
    check_rhart_video_sparkvideo_20_multimodal_video_star_request_ratio,
)
from ..models.rhart_video_sparkvideo_20_multimodal_video_star_request_resolution import (
    RhartVideoSparkvideo20MultimodalVideoStarRequestResolution,
    check_rhart_video_sparkvideo_20_multimodal_video_star_request_resolution,
)
from ..models.rhart_video_sparkvideo_20_multimodal_video_star_request_template_id import (
    RhartVideoSparkvideo20MultimodalVideoStarRequestTemplateId,
    check_rhart_video_sparkvideo_20_multimodal_video_star_request_template_id,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoSparkvideo20MultimodalVideoStarRequest")


@_attrs_define
class RhartVideoSparkvideo20MultimodalVideoStarRequest:
    """Request body of rhart-video/sparkvideo-2.0/multimodal-video-star.

    Attributes:
        duration (RhartVideoSparkvideo20MultimodalVideoStarRequestDuration): output length in seconds
        resolution (RhartVideoSparkvideo20MultimodalVideoStarRequestResolution): output resolution tier
        template_id (RhartVideoSparkvideo20MultimodalVideoStarRequestTemplateId): templateId
        image_url (str | Unset): input image URL
        ratio (RhartVideoSparkvideo20MultimodalVideoStarRequestRatio | Unset): output aspect ratio Default: 'adaptive'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: RhartVideoSparkvideo20MultimodalVideoStarRequestDuration
    resolution: RhartVideoSparkvideo20MultimodalVideoStarRequestResolution
    template_id: RhartVideoSparkvideo20MultimodalVideoStarRequestTemplateId
    image_url: str | Unset = UNSET
    ratio: RhartVideoSparkvideo20MultimodalVideoStarRequestRatio | Unset = "adaptive"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        resolution: str = self.resolution

        template_id: str = self.template_id

        image_url = self.image_url

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "resolution": resolution,
                "templateId": template_id,
            }
        )
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = (
            check_rhart_video_sparkvideo_20_multimodal_video_star_request_duration(
                d.pop("duration")
            )
        )

        resolution = (
            check_rhart_video_sparkvideo_20_multimodal_video_star_request_resolution(
                d.pop("resolution")
            )
        )

        template_id = (
            check_rhart_video_sparkvideo_20_multimodal_video_star_request_template_id(
                d.pop("templateId")
            )
        )

        image_url = d.pop("imageUrl", UNSET)

        _ratio = d.pop("ratio", UNSET)
        ratio: RhartVideoSparkvideo20MultimodalVideoStarRequestRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_rhart_video_sparkvideo_20_multimodal_video_star_request_ratio(
                _ratio
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_sparkvideo_20_multimodal_video_star_request = cls(
            duration=duration,
            resolution=resolution,
            template_id=template_id,
            image_url=image_url,
            ratio=ratio,
            webhook_url=webhook_url,
        )

        rhart_video_sparkvideo_20_multimodal_video_star_request.additional_properties = d
        return rhart_video_sparkvideo_20_multimodal_video_star_request

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
