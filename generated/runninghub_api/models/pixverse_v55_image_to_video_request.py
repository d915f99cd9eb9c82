from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pixverse_v55_image_to_video_request_duration import (
    PixverseV55ImageToVideoRequestDuration,
    check_pixverse_v55_image_to_video_request_duration,
)
from ..models.pixverse_v55_image_to_video_request_generate_audio_switch import (
    PixverseV55ImageToVideoRequestGenerateAudioSwitch,
    check_pixverse_v55_image_to_video_request_generate_audio_switch,
)
from ..models.pixverse_v55_image_to_video_request_generate_multi_clip_switch import (
    PixverseV55ImageToVideoRequestGenerateMultiClipSwitch,
    check_pixverse_v55_image_to_video_request_generate_multi_clip_switch,
)
from ..models.pixverse_v55_image_to_video_request_resolution import (
    PixverseV55ImageToVideoRequestResolution,
    check_pixverse_v55_image_to_video_request_resolution,
)
from ..models.pixverse_v55_image_to_video_request_thinking_type import (
    PixverseV55ImageToVideoRequestThinkingType,
    check_pixverse_v55_image_to_video_request_thinking_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PixverseV55ImageToVideoRequest")


@_attrs_define
class PixverseV55ImageToVideoRequest:
    """Request body of pixverse-v5.5/image-to-video.

    Attributes:
        duration (PixverseV55ImageToVideoRequestDuration): duration
        generate_audio_switch (PixverseV55ImageToVideoRequestGenerateAudioSwitch): generate audio switch
        generate_multi_clip_switch (PixverseV55ImageToVideoRequestGenerateMultiClipSwitch): generate multi clip switch
        image_url (str): image URL (image url)
        prompt (str): prompt
        resolution (PixverseV55ImageToVideoRequestResolution): resolution
        negative_prompt (str | Unset): negative prompt
        thinking_type (PixverseV55ImageToVideoRequestThinkingType | Unset): thinking type Default: 'auto'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: PixverseV55ImageToVideoRequestDuration
    generate_audio_switch: PixverseV55ImageToVideoRequestGenerateAudioSwitch
    generate_multi_clip_switch: PixverseV55ImageToVideoRequestGenerateMultiClipSwitch
    image_url: str
    prompt: str
    resolution: PixverseV55ImageToVideoRequestResolution
    negative_prompt: str | Unset = UNSET
    thinking_type: PixverseV55ImageToVideoRequestThinkingType | Unset = "auto"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        generate_audio_switch: str = self.generate_audio_switch

        generate_multi_clip_switch: str = self.generate_multi_clip_switch

        image_url = self.image_url

        prompt = self.prompt

        resolution: str = self.resolution

        negative_prompt = self.negative_prompt

        thinking_type: str | Unset = UNSET
        if not isinstance(self.thinking_type, Unset):
            thinking_type = self.thinking_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "generateAudioSwitch": generate_audio_switch,
                "generateMultiClipSwitch": generate_multi_clip_switch,
                "imageUrl": image_url,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if thinking_type is not UNSET:
            field_dict["thinkingType"] = thinking_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_pixverse_v55_image_to_video_request_duration(d.pop("duration"))

        generate_audio_switch = (
            check_pixverse_v55_image_to_video_request_generate_audio_switch(
                d.pop("generateAudioSwitch")
            )
        )

        generate_multi_clip_switch = (
            check_pixverse_v55_image_to_video_request_generate_multi_clip_switch(
                d.pop("generateMultiClipSwitch")
            )
        )

        image_url = d.pop("imageUrl")

        prompt = d.pop("prompt")

        resolution = check_pixverse_v55_image_to_video_request_resolution(
            d.pop("resolution")
        )

        negative_prompt = d.pop("negativePrompt", UNSET)

        _thinking_type = d.pop("thinkingType", UNSET)
        thinking_type: PixverseV55ImageToVideoRequestThinkingType | Unset
        if isinstance(_thinking_type, Unset):
            thinking_type = UNSET
        else:
            thinking_type = check_pixverse_v55_image_to_video_request_thinking_type(
                _thinking_type
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        pixverse_v55_image_to_video_request = cls(
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            generate_multi_clip_switch=generate_multi_clip_switch,
            image_url=image_url,
            prompt=prompt,
            resolution=resolution,
            negative_prompt=negative_prompt,
            thinking_type=thinking_type,
            webhook_url=webhook_url,
        )

        pixverse_v55_image_to_video_request.additional_properties = d
        return pixverse_v55_image_to_video_request

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
