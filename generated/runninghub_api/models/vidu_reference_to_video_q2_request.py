from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_reference_to_video_q2_request_aspect_ratio import (
    ViduReferenceToVideoQ2RequestAspectRatio,
    check_vidu_reference_to_video_q2_request_aspect_ratio,
)
from ..models.vidu_reference_to_video_q2_request_duration import (
    ViduReferenceToVideoQ2RequestDuration,
    check_vidu_reference_to_video_q2_request_duration,
)
from ..models.vidu_reference_to_video_q2_request_movement_amplitude import (
    ViduReferenceToVideoQ2RequestMovementAmplitude,
    check_vidu_reference_to_video_q2_request_movement_amplitude,
)
from ..models.vidu_reference_to_video_q2_request_resolution import (
    ViduReferenceToVideoQ2RequestResolution,
    check_vidu_reference_to_video_q2_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduReferenceToVideoQ2Request")


@_attrs_define
class ViduReferenceToVideoQ2Request:
    """Request body of Vidu-reference-to-video-q2.

    Attributes:
        aspect_ratio (ViduReferenceToVideoQ2RequestAspectRatio): output aspect ratio
        duration (ViduReferenceToVideoQ2RequestDuration): output length in seconds
        image_urls (list[str]): input images URLs
        movement_amplitude (ViduReferenceToVideoQ2RequestMovementAmplitude): motion strength
        prompt (str): text prompt
        resolution (ViduReferenceToVideoQ2RequestResolution): output resolution tier
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    aspect_ratio: ViduReferenceToVideoQ2RequestAspectRatio
    duration: ViduReferenceToVideoQ2RequestDuration
    image_urls: list[str]
    movement_amplitude: ViduReferenceToVideoQ2RequestMovementAmplitude
    prompt: str
    resolution: ViduReferenceToVideoQ2RequestResolution
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        duration: str = self.duration

        image_urls = self.image_urls

        movement_amplitude: str = self.movement_amplitude

        prompt = self.prompt

        resolution: str = self.resolution

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspectRatio": aspect_ratio,
                "duration": duration,
                "imageUrls": image_urls,
                "movementAmplitude": movement_amplitude,
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
        aspect_ratio = check_vidu_reference_to_video_q2_request_aspect_ratio(
            d.pop("aspectRatio")
        )

        duration = check_vidu_reference_to_video_q2_request_duration(d.pop("duration"))

        image_urls = cast(list[str], d.pop("imageUrls"))

        movement_amplitude = (
            check_vidu_reference_to_video_q2_request_movement_amplitude(
                d.pop("movementAmplitude")
            )
        )

        prompt = d.pop("prompt")

        resolution = check_vidu_reference_to_video_q2_request_resolution(
            d.pop("resolution")
        )

        webhook_url = d.pop("webhookUrl", UNSET)

        vidu_reference_to_video_q2_request = cls(
            aspect_ratio=aspect_ratio,
            duration=duration,
            image_urls=image_urls,
            movement_amplitude=movement_amplitude,
            prompt=prompt,
            resolution=resolution,
            webhook_url=webhook_url,
        )

        vidu_reference_to_video_q2_request.additional_properties = d
        return vidu_reference_to_video_q2_request

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
