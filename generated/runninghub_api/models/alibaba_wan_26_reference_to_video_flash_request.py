from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alibaba_wan_26_reference_to_video_flash_request_duration import (
    AlibabaWan26ReferenceToVideoFlashRequestDuration,
    check_alibaba_wan_26_reference_to_video_flash_request_duration,
)
from ..models.alibaba_wan_26_reference_to_video_flash_request_shot_type import (
    AlibabaWan26ReferenceToVideoFlashRequestShotType,
    check_alibaba_wan_26_reference_to_video_flash_request_shot_type,
)
from ..models.alibaba_wan_26_reference_to_video_flash_request_size import (
    AlibabaWan26ReferenceToVideoFlashRequestSize,
    check_alibaba_wan_26_reference_to_video_flash_request_size,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaWan26ReferenceToVideoFlashRequest")


@_attrs_define
class AlibabaWan26ReferenceToVideoFlashRequest:
    """Request body of wan-2.6-reference-to-video-flash.

    Attributes:
        audio (bool): generate audio
        duration (AlibabaWan26ReferenceToVideoFlashRequestDuration): output length in seconds
        prompt (str): text prompt
        size (AlibabaWan26ReferenceToVideoFlashRequestSize): output size (WxH)
        image_urls (list[str] | Unset): input images URLs
        negative_prompt (str | Unset): things to avoid (negative prompt)
        shot_type (AlibabaWan26ReferenceToVideoFlashRequestShotType | Unset): single or multi-shot Default: 'single'.
        video_urls (list[str] | Unset): input videos URLs
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    audio: bool
    duration: AlibabaWan26ReferenceToVideoFlashRequestDuration
    prompt: str
    size: AlibabaWan26ReferenceToVideoFlashRequestSize
    image_urls: list[str] | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    shot_type: AlibabaWan26ReferenceToVideoFlashRequestShotType | Unset = "single"
    video_urls: list[str] | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio

        duration: str = self.duration

        prompt = self.prompt

        size: str = self.size

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        negative_prompt = self.negative_prompt

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "duration": duration,
                "prompt": prompt,
                "size": size,
            }
        )
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if shot_type is not UNSET:
            field_dict["shotType"] = shot_type
        if video_urls is not UNSET:
            field_dict["videoUrls"] = video_urls
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio = d.pop("audio")

        duration = check_alibaba_wan_26_reference_to_video_flash_request_duration(
            d.pop("duration")
        )

        prompt = d.pop("prompt")

        size = check_alibaba_wan_26_reference_to_video_flash_request_size(d.pop("size"))

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        negative_prompt = d.pop("negativePrompt", UNSET)

        _shot_type = d.pop("shotType", UNSET)
        shot_type: AlibabaWan26ReferenceToVideoFlashRequestShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_alibaba_wan_26_reference_to_video_flash_request_shot_type(
                _shot_type
            )

        video_urls = cast(list[str], d.pop("videoUrls", UNSET))

        webhook_url = d.pop("webhookUrl", UNSET)

        alibaba_wan_26_reference_to_video_flash_request = cls(
            audio=audio,
            duration=duration,
            prompt=prompt,
            size=size,
            image_urls=image_urls,
            negative_prompt=negative_prompt,
            shot_type=shot_type,
            video_urls=video_urls,
            webhook_url=webhook_url,
        )

        alibaba_wan_26_reference_to_video_flash_request.additional_properties = d
        return alibaba_wan_26_reference_to_video_flash_request

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
