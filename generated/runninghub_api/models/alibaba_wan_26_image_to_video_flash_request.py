from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alibaba_wan_26_image_to_video_flash_request_duration import (
    AlibabaWan26ImageToVideoFlashRequestDuration,
    check_alibaba_wan_26_image_to_video_flash_request_duration,
)
from ..models.alibaba_wan_26_image_to_video_flash_request_resolution import (
    AlibabaWan26ImageToVideoFlashRequestResolution,
    check_alibaba_wan_26_image_to_video_flash_request_resolution,
)
from ..models.alibaba_wan_26_image_to_video_flash_request_shot_type import (
    AlibabaWan26ImageToVideoFlashRequestShotType,
    check_alibaba_wan_26_image_to_video_flash_request_shot_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaWan26ImageToVideoFlashRequest")


@_attrs_define
class AlibabaWan26ImageToVideoFlashRequest:
    """Request body of wan-2.6-image-to-video-flash.

    Attributes:
        duration (AlibabaWan26ImageToVideoFlashRequestDuration): output length in seconds
        enable_audio (bool): enableAudio
        enable_prompt_expansion (bool): let the service expand the prompt
        image_url (str): input image URL
        prompt (str): text prompt
        resolution (AlibabaWan26ImageToVideoFlashRequestResolution): output resolution tier
        shot_type (AlibabaWan26ImageToVideoFlashRequestShotType): single or multi-shot
        audio_url (str | Unset): input audio URL
        negative_prompt (str | Unset): things to avoid (negative prompt)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: AlibabaWan26ImageToVideoFlashRequestDuration
    enable_audio: bool
    enable_prompt_expansion: bool
    image_url: str
    prompt: str
    resolution: AlibabaWan26ImageToVideoFlashRequestResolution
    shot_type: AlibabaWan26ImageToVideoFlashRequestShotType
    audio_url: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        enable_audio = self.enable_audio

        enable_prompt_expansion = self.enable_prompt_expansion

        image_url = self.image_url

        prompt = self.prompt

        resolution: str = self.resolution

        shot_type: str = self.shot_type

        audio_url = self.audio_url

        negative_prompt = self.negative_prompt

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "enableAudio": enable_audio,
                "enablePromptExpansion": enable_prompt_expansion,
                "imageUrl": image_url,
                "prompt": prompt,
                "resolution": resolution,
                "shotType": shot_type,
            }
        )
        if audio_url is not UNSET:
            field_dict["audioUrl"] = audio_url
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_alibaba_wan_26_image_to_video_flash_request_duration(
            d.pop("duration")
        )

        enable_audio = d.pop("enableAudio")

        enable_prompt_expansion = d.pop("enablePromptExpansion")

        image_url = d.pop("imageUrl")

        prompt = d.pop("prompt")

        resolution = check_alibaba_wan_26_image_to_video_flash_request_resolution(
            d.pop("resolution")
        )

        shot_type = check_alibaba_wan_26_image_to_video_flash_request_shot_type(
            d.pop("shotType")
        )

        audio_url = d.pop("audioUrl", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        alibaba_wan_26_image_to_video_flash_request = cls(
            duration=duration,
            enable_audio=enable_audio,
            enable_prompt_expansion=enable_prompt_expansion,
            image_url=image_url,
            prompt=prompt,
            resolution=resolution,
            shot_type=shot_type,
            audio_url=audio_url,
            negative_prompt=negative_prompt,
            webhook_url=webhook_url,
        )

        alibaba_wan_26_image_to_video_flash_request.additional_properties = d
        return alibaba_wan_26_image_to_video_flash_request

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
