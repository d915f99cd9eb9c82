from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pixverse_v6_effects_request_motion_mode import (
    PixverseV6EffectsRequestMotionMode,
    check_pixverse_v6_effects_request_motion_mode,
)
from ..models.pixverse_v6_effects_request_quality import (
    PixverseV6EffectsRequestQuality,
    check_pixverse_v6_effects_request_quality,
)
from ..models.pixverse_v6_effects_request_thinking_type import (
    PixverseV6EffectsRequestThinkingType,
    check_pixverse_v6_effects_request_thinking_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PixverseV6EffectsRequest")


@_attrs_define
class PixverseV6EffectsRequest:
    """Request body of pixverse-v6/effects.

    Attributes:
        duration (int): output length in seconds
        image_urls (list[str]): input images URLs
        quality (PixverseV6EffectsRequestQuality): quality tier
        template_id (str): templateId
        generate_audio_switch (bool | Unset): generate audio Default: False.
        motion_mode (PixverseV6EffectsRequestMotionMode | Unset): motionMode Default: 'normal'.
        negative_prompt (str | Unset): things to avoid (negative prompt)
        prompt (str | Unset): text prompt
        seed (int | Unset): random seed Default: 0.
        thinking_type (PixverseV6EffectsRequestThinkingType | Unset): thinking type Default: 'auto'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: int
    image_urls: list[str]
    quality: PixverseV6EffectsRequestQuality
    template_id: str
    generate_audio_switch: bool | Unset = False
    motion_mode: PixverseV6EffectsRequestMotionMode | Unset = "normal"
    negative_prompt: str | Unset = UNSET
    prompt: str | Unset = UNSET
    seed: int | Unset = 0
    thinking_type: PixverseV6EffectsRequestThinkingType | Unset = "auto"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        image_urls = self.image_urls

        quality: str = self.quality

        template_id = self.template_id

        generate_audio_switch = self.generate_audio_switch

        motion_mode: str | Unset = UNSET
        if not isinstance(self.motion_mode, Unset):
            motion_mode = self.motion_mode

        negative_prompt = self.negative_prompt

        prompt = self.prompt

        seed = self.seed

        thinking_type: str | Unset = UNSET
        if not isinstance(self.thinking_type, Unset):
            thinking_type = self.thinking_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "imageUrls": image_urls,
                "quality": quality,
                "templateId": template_id,
            }
        )
        if generate_audio_switch is not UNSET:
            field_dict["generateAudioSwitch"] = generate_audio_switch
        if motion_mode is not UNSET:
            field_dict["motionMode"] = motion_mode
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if thinking_type is not UNSET:
            field_dict["thinkingType"] = thinking_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        image_urls = cast(list[str], d.pop("imageUrls"))

        quality = check_pixverse_v6_effects_request_quality(d.pop("quality"))

        template_id = d.pop("templateId")

        generate_audio_switch = d.pop("generateAudioSwitch", UNSET)

        _motion_mode = d.pop("motionMode", UNSET)
        motion_mode: PixverseV6EffectsRequestMotionMode | Unset
        if isinstance(_motion_mode, Unset):
            motion_mode = UNSET
        else:
            motion_mode = check_pixverse_v6_effects_request_motion_mode(_motion_mode)

        negative_prompt = d.pop("negativePrompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        _thinking_type = d.pop("thinkingType", UNSET)
        thinking_type: PixverseV6EffectsRequestThinkingType | Unset
        if isinstance(_thinking_type, Unset):
            thinking_type = UNSET
        else:
            thinking_type = check_pixverse_v6_effects_request_thinking_type(
                _thinking_type
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        pixverse_v6_effects_request = cls(
            duration=duration,
            image_urls=image_urls,
            quality=quality,
            template_id=template_id,
            generate_audio_switch=generate_audio_switch,
            motion_mode=motion_mode,
            negative_prompt=negative_prompt,
            prompt=prompt,
            seed=seed,
            thinking_type=thinking_type,
            webhook_url=webhook_url,
        )

        pixverse_v6_effects_request.additional_properties = d
        return pixverse_v6_effects_request

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
