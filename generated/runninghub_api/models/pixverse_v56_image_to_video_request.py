from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pixverse_v56_image_to_video_request_duration import (
    PixverseV56ImageToVideoRequestDuration,
    check_pixverse_v56_image_to_video_request_duration,
)
from ..models.pixverse_v56_image_to_video_request_generate_audio_switch import (
    PixverseV56ImageToVideoRequestGenerateAudioSwitch,
    check_pixverse_v56_image_to_video_request_generate_audio_switch,
)
from ..models.pixverse_v56_image_to_video_request_resolution import (
    PixverseV56ImageToVideoRequestResolution,
    check_pixverse_v56_image_to_video_request_resolution,
)
from ..models.pixverse_v56_image_to_video_request_thinking_type import (
    PixverseV56ImageToVideoRequestThinkingType,
    check_pixverse_v56_image_to_video_request_thinking_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PixverseV56ImageToVideoRequest")


@_attrs_define
class PixverseV56ImageToVideoRequest:
    """Request body of pixverse-v5.6/image-to-video.

    Attributes:
        generate_audio_switch (PixverseV56ImageToVideoRequestGenerateAudioSwitch): generate audio
        image_url (str): input image URL
        prompt (str): text prompt
        duration (PixverseV56ImageToVideoRequestDuration | Unset): output length in seconds Default: '5'.
        negative_prompt (str | Unset): things to avoid (negative prompt)
        resolution (PixverseV56ImageToVideoRequestResolution | Unset): output resolution tier Default: '540p'.
        thinking_type (PixverseV56ImageToVideoRequestThinkingType | Unset): thinkingType Default: 'auto'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    generate_audio_switch: PixverseV56ImageToVideoRequestGenerateAudioSwitch
    image_url: str
    prompt: str
    duration: PixverseV56ImageToVideoRequestDuration | Unset = "5"
    negative_prompt: str | Unset = UNSET
    resolution: PixverseV56ImageToVideoRequestResolution | Unset = "540p"
    thinking_type: PixverseV56ImageToVideoRequestThinkingType | Unset = "auto"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generate_audio_switch: str = self.generate_audio_switch

        image_url = self.image_url

        prompt = self.prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        thinking_type: str | Unset = UNSET
        if not isinstance(self.thinking_type, Unset):
            thinking_type = self.thinking_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generateAudioSwitch": generate_audio_switch,
                "imageUrl": image_url,
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if thinking_type is not UNSET:
            field_dict["thinkingType"] = thinking_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        generate_audio_switch = (
            check_pixverse_v56_image_to_video_request_generate_audio_switch(
                d.pop("generateAudioSwitch")
            )
        )

        image_url = d.pop("imageUrl")

        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: PixverseV56ImageToVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_pixverse_v56_image_to_video_request_duration(_duration)

        negative_prompt = d.pop("negativePrompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV56ImageToVideoRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v56_image_to_video_request_resolution(
                _resolution
            )

        _thinking_type = d.pop("thinkingType", UNSET)
        thinking_type: PixverseV56ImageToVideoRequestThinkingType | Unset
        if isinstance(_thinking_type, Unset):
            thinking_type = UNSET
        else:
            thinking_type = check_pixverse_v56_image_to_video_request_thinking_type(
                _thinking_type
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        pixverse_v56_image_to_video_request = cls(
            generate_audio_switch=generate_audio_switch,
            image_url=image_url,
            prompt=prompt,
            duration=duration,
            negative_prompt=negative_prompt,
            resolution=resolution,
            thinking_type=thinking_type,
            webhook_url=webhook_url,
        )

        pixverse_v56_image_to_video_request.additional_properties = d
        return pixverse_v56_image_to_video_request

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
