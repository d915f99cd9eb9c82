from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_video_o1_std_refrence_to_video_request_aspect_ratio import (
    KlingVideoO1StdRefrenceToVideoRequestAspectRatio,
    check_kling_video_o1_std_refrence_to_video_request_aspect_ratio,
)
from ..models.kling_video_o1_std_refrence_to_video_request_duration import (
    KlingVideoO1StdRefrenceToVideoRequestDuration,
    check_kling_video_o1_std_refrence_to_video_request_duration,
)
from ..models.kling_video_o1_std_refrence_to_video_request_mode import (
    KlingVideoO1StdRefrenceToVideoRequestMode,
    check_kling_video_o1_std_refrence_to_video_request_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingVideoO1StdRefrenceToVideoRequest")


@_attrs_define
class KlingVideoO1StdRefrenceToVideoRequest:
    """Request body of kling-video-o1-std/refrence-to-video.

    Attributes:
        aspect_ratio (KlingVideoO1StdRefrenceToVideoRequestAspectRatio): output aspect ratio
        duration (KlingVideoO1StdRefrenceToVideoRequestDuration): output length in seconds
        keep_original_sound (bool): keep the source video audio
        mode (KlingVideoO1StdRefrenceToVideoRequestMode): mode
        prompt (str): text prompt
        image_urls (list[str] | Unset): input images URLs
        video_url (str | Unset): input video URL
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    aspect_ratio: KlingVideoO1StdRefrenceToVideoRequestAspectRatio
    duration: KlingVideoO1StdRefrenceToVideoRequestDuration
    keep_original_sound: bool
    mode: KlingVideoO1StdRefrenceToVideoRequestMode
    prompt: str
    image_urls: list[str] | Unset = UNSET
    video_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        duration: str = self.duration

        keep_original_sound = self.keep_original_sound

        mode: str = self.mode

        prompt = self.prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        video_url = self.video_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspectRatio": aspect_ratio,
                "duration": duration,
                "keepOriginalSound": keep_original_sound,
                "mode": mode,
                "prompt": prompt,
            }
        )
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if video_url is not UNSET:
            field_dict["videoUrl"] = video_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aspect_ratio = check_kling_video_o1_std_refrence_to_video_request_aspect_ratio(
            d.pop("aspectRatio")
        )

        duration = check_kling_video_o1_std_refrence_to_video_request_duration(
            d.pop("duration")
        )

        keep_original_sound = d.pop("keepOriginalSound")

        mode = check_kling_video_o1_std_refrence_to_video_request_mode(d.pop("mode"))

        prompt = d.pop("prompt")

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        video_url = d.pop("videoUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_video_o1_std_refrence_to_video_request = cls(
            aspect_ratio=aspect_ratio,
            duration=duration,
            keep_original_sound=keep_original_sound,
            mode=mode,
            prompt=prompt,
            image_urls=image_urls,
            video_url=video_url,
            webhook_url=webhook_url,
        )

        kling_video_o1_std_refrence_to_video_request.additional_properties = d
        return kling_video_o1_std_refrence_to_video_request

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
