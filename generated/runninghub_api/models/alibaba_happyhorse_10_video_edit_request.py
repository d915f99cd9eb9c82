from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alibaba_happyhorse_10_video_edit_request_audio_setting import (
    AlibabaHappyhorse10VideoEditRequestAudioSetting,
    check_alibaba_happyhorse_10_video_edit_request_audio_setting,
)
from ..models.alibaba_happyhorse_10_video_edit_request_resolution import (
    AlibabaHappyhorse10VideoEditRequestResolution,
    check_alibaba_happyhorse_10_video_edit_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaHappyhorse10VideoEditRequest")


@_attrs_define
class AlibabaHappyhorse10VideoEditRequest:
    """Request body of happyhorse-1.0/video-edit.

    Attributes:
        prompt (str): text prompt
        resolution (AlibabaHappyhorse10VideoEditRequestResolution): output resolution tier
        video_url (str): input video URL
        audio_setting (AlibabaHappyhorse10VideoEditRequestAudioSetting | Unset): audioSetting Default: 'origin'.
        image_urls (list[str] | Unset): input images URLs
        seed (int | Unset): random seed
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    resolution: AlibabaHappyhorse10VideoEditRequestResolution
    video_url: str
    audio_setting: AlibabaHappyhorse10VideoEditRequestAudioSetting | Unset = "origin"
    image_urls: list[str] | Unset = UNSET
    seed: int | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        resolution: str = self.resolution

        video_url = self.video_url

        audio_setting: str | Unset = UNSET
        if not isinstance(self.audio_setting, Unset):
            audio_setting = self.audio_setting

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        seed = self.seed

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "resolution": resolution,
                "videoUrl": video_url,
            }
        )
        if audio_setting is not UNSET:
            field_dict["audioSetting"] = audio_setting
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if seed is not UNSET:
            field_dict["seed"] = seed
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        resolution = check_alibaba_happyhorse_10_video_edit_request_resolution(
            d.pop("resolution")
        )

        video_url = d.pop("videoUrl")

        _audio_setting = d.pop("audioSetting", UNSET)
        audio_setting: AlibabaHappyhorse10VideoEditRequestAudioSetting | Unset
        if isinstance(_audio_setting, Unset):
            audio_setting = UNSET
        else:
            audio_setting = (
                check_alibaba_happyhorse_10_video_edit_request_audio_setting(
                    _audio_setting
                )
            )

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        seed = d.pop("seed", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        alibaba_happyhorse_10_video_edit_request = cls(
            prompt=prompt,
            resolution=resolution,
            video_url=video_url,
            audio_setting=audio_setting,
            image_urls=image_urls,
            seed=seed,
            webhook_url=webhook_url,
        )

        alibaba_happyhorse_10_video_edit_request.additional_properties = d
        return alibaba_happyhorse_10_video_edit_request

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
