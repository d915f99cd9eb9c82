from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_reference_to_video_q2_pro_request_aspect_ratio import (
    ViduReferenceToVideoQ2ProRequestAspectRatio,
    check_vidu_reference_to_video_q2_pro_request_aspect_ratio,
)
from ..models.vidu_reference_to_video_q2_pro_request_duration import (
    ViduReferenceToVideoQ2ProRequestDuration,
    check_vidu_reference_to_video_q2_pro_request_duration,
)
from ..models.vidu_reference_to_video_q2_pro_request_movement_amplitude import (
    ViduReferenceToVideoQ2ProRequestMovementAmplitude,
    check_vidu_reference_to_video_q2_pro_request_movement_amplitude,
)
from ..models.vidu_reference_to_video_q2_pro_request_resolution import (
    ViduReferenceToVideoQ2ProRequestResolution,
    check_vidu_reference_to_video_q2_pro_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduReferenceToVideoQ2ProRequest")


@_attrs_define
class ViduReferenceToVideoQ2ProRequest:
    """Request body of Vidu-reference-to-video-q2-pro.

    Attributes:
        prompt (str): text prompt
        aspect_ratio (ViduReferenceToVideoQ2ProRequestAspectRatio | Unset): output aspect ratio Default: '16:9'.
        duration (ViduReferenceToVideoQ2ProRequestDuration | Unset): output length in seconds Default: '5'.
        image_urls (list[str] | Unset): input images URLs
        movement_amplitude (ViduReferenceToVideoQ2ProRequestMovementAmplitude | Unset): motion strength Default: 'auto'.
        resolution (ViduReferenceToVideoQ2ProRequestResolution | Unset): output resolution tier Default: '720p'.
        videos (list[str] | Unset): videos URLs
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    aspect_ratio: ViduReferenceToVideoQ2ProRequestAspectRatio | Unset = "16:9"
    duration: ViduReferenceToVideoQ2ProRequestDuration | Unset = "5"
    image_urls: list[str] | Unset = UNSET
    movement_amplitude: ViduReferenceToVideoQ2ProRequestMovementAmplitude | Unset = (
        "auto"
    )
    resolution: ViduReferenceToVideoQ2ProRequestResolution | Unset = "720p"
    videos: list[str] | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        movement_amplitude: str | Unset = UNSET
        if not isinstance(self.movement_amplitude, Unset):
            movement_amplitude = self.movement_amplitude

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        videos: list[str] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = self.videos

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if movement_amplitude is not UNSET:
            field_dict["movementAmplitude"] = movement_amplitude
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if videos is not UNSET:
            field_dict["videos"] = videos
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: ViduReferenceToVideoQ2ProRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_vidu_reference_to_video_q2_pro_request_aspect_ratio(
                _aspect_ratio
            )

        _duration = d.pop("duration", UNSET)
        duration: ViduReferenceToVideoQ2ProRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_vidu_reference_to_video_q2_pro_request_duration(_duration)

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        _movement_amplitude = d.pop("movementAmplitude", UNSET)
        movement_amplitude: ViduReferenceToVideoQ2ProRequestMovementAmplitude | Unset
        if isinstance(_movement_amplitude, Unset):
            movement_amplitude = UNSET
        else:
            movement_amplitude = (
                check_vidu_reference_to_video_q2_pro_request_movement_amplitude(
                    _movement_amplitude
                )
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: ViduReferenceToVideoQ2ProRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_vidu_reference_to_video_q2_pro_request_resolution(
                _resolution
            )

        videos = cast(list[str], d.pop("videos", UNSET))

        webhook_url = d.pop("webhookUrl", UNSET)

        vidu_reference_to_video_q2_pro_request = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            image_urls=image_urls,
            movement_amplitude=movement_amplitude,
            resolution=resolution,
            videos=videos,
            webhook_url=webhook_url,
        )

        vidu_reference_to_video_q2_pro_request.additional_properties = d
        return vidu_reference_to_video_q2_pro_request

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
