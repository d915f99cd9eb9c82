from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_video_o3_pro_reference_to_video_request_aspect_ratio import (
    KlingVideoO3ProReferenceToVideoRequestAspectRatio,
    check_kling_video_o3_pro_reference_to_video_request_aspect_ratio,
)
from ..models.kling_video_o3_pro_reference_to_video_request_shot_type import (
    KlingVideoO3ProReferenceToVideoRequestShotType,
    check_kling_video_o3_pro_reference_to_video_request_shot_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingVideoO3ProReferenceToVideoRequest")


@_attrs_define
class KlingVideoO3ProReferenceToVideoRequest:
    """Request body of kling-video-o3-pro/reference-to-video.

    Attributes:
        duration (int): output length in seconds
        keep_original_sound (bool): keep the source video audio
        prompt (str): text prompt
        aspect_ratio (KlingVideoO3ProReferenceToVideoRequestAspectRatio | Unset): output aspect ratio Default: '16:9'.
        image_urls (list[str] | Unset): input images URLs
        multi_shot (bool | Unset): enable multi-shot Default: False.
        shot_type (KlingVideoO3ProReferenceToVideoRequestShotType | Unset): single or multi-shot
        sound (bool | Unset): generate sound track Default: False.
        video_url (str | Unset): input video URL
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: int
    keep_original_sound: bool
    prompt: str
    aspect_ratio: KlingVideoO3ProReferenceToVideoRequestAspectRatio | Unset = "16:9"
    image_urls: list[str] | Unset = UNSET
    multi_shot: bool | Unset = False
    shot_type: KlingVideoO3ProReferenceToVideoRequestShotType | Unset = UNSET
    sound: bool | Unset = False
    video_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        keep_original_sound = self.keep_original_sound

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        multi_shot = self.multi_shot

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        sound = self.sound

        video_url = self.video_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "keepOriginalSound": keep_original_sound,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if multi_shot is not UNSET:
            field_dict["multiShot"] = multi_shot
        if shot_type is not UNSET:
            field_dict["shotType"] = shot_type
        if sound is not UNSET:
            field_dict["sound"] = sound
        if video_url is not UNSET:
            field_dict["videoUrl"] = video_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        keep_original_sound = d.pop("keepOriginalSound")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: KlingVideoO3ProReferenceToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = (
                check_kling_video_o3_pro_reference_to_video_request_aspect_ratio(
                    _aspect_ratio
                )
            )

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        multi_shot = d.pop("multiShot", UNSET)

        _shot_type = d.pop("shotType", UNSET)
        shot_type: KlingVideoO3ProReferenceToVideoRequestShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_kling_video_o3_pro_reference_to_video_request_shot_type(
                _shot_type
            )

        sound = d.pop("sound", UNSET)

        video_url = d.pop("videoUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_video_o3_pro_reference_to_video_request = cls(
            duration=duration,
            keep_original_sound=keep_original_sound,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            image_urls=image_urls,
            multi_shot=multi_shot,
            shot_type=shot_type,
            sound=sound,
            video_url=video_url,
            webhook_url=webhook_url,
        )

        kling_video_o3_pro_reference_to_video_request.additional_properties = d
        return kling_video_o3_pro_reference_to_video_request

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
