from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seedance_v1_lite_reference_to_video_request_aspect_ratio import (
    SeedanceV1LiteReferenceToVideoRequestAspectRatio,
    check_seedance_v1_lite_reference_to_video_request_aspect_ratio,
)
from ..models.seedance_v1_lite_reference_to_video_request_camera_fixed import (
    SeedanceV1LiteReferenceToVideoRequestCameraFixed,
    check_seedance_v1_lite_reference_to_video_request_camera_fixed,
)
from ..models.seedance_v1_lite_reference_to_video_request_duration import (
    SeedanceV1LiteReferenceToVideoRequestDuration,
    check_seedance_v1_lite_reference_to_video_request_duration,
)
from ..models.seedance_v1_lite_reference_to_video_request_resolution import (
    SeedanceV1LiteReferenceToVideoRequestResolution,
    check_seedance_v1_lite_reference_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeedanceV1LiteReferenceToVideoRequest")


@_attrs_define
class SeedanceV1LiteReferenceToVideoRequest:
    """Request body of seedance-v1-lite-reference-to-video.

    Attributes:
        aspect_ratio (SeedanceV1LiteReferenceToVideoRequestAspectRatio): output aspect ratio
        camera_fixed (SeedanceV1LiteReferenceToVideoRequestCameraFixed): lock the camera
        duration (SeedanceV1LiteReferenceToVideoRequestDuration): output length in seconds
        image_urls (list[str]): input images URLs
        prompt (str): text prompt
        resolution (SeedanceV1LiteReferenceToVideoRequestResolution): output resolution tier
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    aspect_ratio: SeedanceV1LiteReferenceToVideoRequestAspectRatio
    camera_fixed: SeedanceV1LiteReferenceToVideoRequestCameraFixed
    duration: SeedanceV1LiteReferenceToVideoRequestDuration
    image_urls: list[str]
    prompt: str
    resolution: SeedanceV1LiteReferenceToVideoRequestResolution
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        camera_fixed: str = self.camera_fixed

        duration: str = self.duration

        image_urls = self.image_urls

        prompt = self.prompt

        resolution: str = self.resolution

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspectRatio": aspect_ratio,
                "cameraFixed": camera_fixed,
                "duration": duration,
                "imageUrls": image_urls,
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
        aspect_ratio = check_seedance_v1_lite_reference_to_video_request_aspect_ratio(
            d.pop("aspectRatio")
        )

        camera_fixed = check_seedance_v1_lite_reference_to_video_request_camera_fixed(
            d.pop("cameraFixed")
        )

        duration = check_seedance_v1_lite_reference_to_video_request_duration(
            d.pop("duration")
        )

        image_urls = cast(list[str], d.pop("imageUrls"))

        prompt = d.pop("prompt")

        resolution = check_seedance_v1_lite_reference_to_video_request_resolution(
            d.pop("resolution")
        )

        webhook_url = d.pop("webhookUrl", UNSET)

        seedance_v1_lite_reference_to_video_request = cls(
            aspect_ratio=aspect_ratio,
            camera_fixed=camera_fixed,
            duration=duration,
            image_urls=image_urls,
            prompt=prompt,
            resolution=resolution,
            webhook_url=webhook_url,
        )

        seedance_v1_lite_reference_to_video_request.additional_properties = d
        return seedance_v1_lite_reference_to_video_request

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
