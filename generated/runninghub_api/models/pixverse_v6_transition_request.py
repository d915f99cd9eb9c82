from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pixverse_v6_transition_request_aspect_ratio import (
    PixverseV6TransitionRequestAspectRatio,
    check_pixverse_v6_transition_request_aspect_ratio,
)
from ..models.pixverse_v6_transition_request_resolution import (
    PixverseV6TransitionRequestResolution,
    check_pixverse_v6_transition_request_resolution,
)
from ..models.pixverse_v6_transition_request_style import (
    PixverseV6TransitionRequestStyle,
    check_pixverse_v6_transition_request_style,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PixverseV6TransitionRequest")


@_attrs_define
class PixverseV6TransitionRequest:
    """Request body of pixverse-v6/transition.

    Attributes:
        duration (int): output length in seconds
        end_image_url (str): end-frame image URL
        first_image_url (str): first-frame image URL
        generate_audio_switch (bool): generate audio
        generate_multi_clip_switch (bool): generateMultiClipSwitch
        prompt (str): text prompt
        resolution (PixverseV6TransitionRequestResolution): output resolution tier
        aspect_ratio (PixverseV6TransitionRequestAspectRatio | Unset): output aspect ratio Default: '1:1'.
        negative_prompt (str | Unset): things to avoid (negative prompt)
        seed (int | Unset): random seed
        style (PixverseV6TransitionRequestStyle | Unset): visual style preset
        thinking_type (bool | Unset): thinkingType Default: False.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: int
    end_image_url: str
    first_image_url: str
    generate_audio_switch: bool
    generate_multi_clip_switch: bool
    prompt: str
    resolution: PixverseV6TransitionRequestResolution
    aspect_ratio: PixverseV6TransitionRequestAspectRatio | Unset = "1:1"
    negative_prompt: str | Unset = UNSET
    seed: int | Unset = UNSET
    style: PixverseV6TransitionRequestStyle | Unset = UNSET
    thinking_type: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        end_image_url = self.end_image_url

        first_image_url = self.first_image_url

        generate_audio_switch = self.generate_audio_switch

        generate_multi_clip_switch = self.generate_multi_clip_switch

        prompt = self.prompt

        resolution: str = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        negative_prompt = self.negative_prompt

        seed = self.seed

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        thinking_type = self.thinking_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "endImageUrl": end_image_url,
                "firstImageUrl": first_image_url,
                "generateAudioSwitch": generate_audio_switch,
                "generateMultiClipSwitch": generate_multi_clip_switch,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if style is not UNSET:
            field_dict["style"] = style
        if thinking_type is not UNSET:
            field_dict["thinkingType"] = thinking_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        end_image_url = d.pop("endImageUrl")

        first_image_url = d.pop("firstImageUrl")

        generate_audio_switch = d.pop("generateAudioSwitch")

        generate_multi_clip_switch = d.pop("generateMultiClipSwitch")

        prompt = d.pop("prompt")

        resolution = check_pixverse_v6_transition_request_resolution(
            d.pop("resolution")
        )

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: PixverseV6TransitionRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pixverse_v6_transition_request_aspect_ratio(
                _aspect_ratio
            )

        negative_prompt = d.pop("negativePrompt", UNSET)

        seed = d.pop("seed", UNSET)

        _style = d.pop("style", UNSET)
        style: PixverseV6TransitionRequestStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixverse_v6_transition_request_style(_style)

        thinking_type = d.pop("thinkingType", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        pixverse_v6_transition_request = cls(
            duration=duration,
            end_image_url=end_image_url,
            first_image_url=first_image_url,
            generate_audio_switch=generate_audio_switch,
            generate_multi_clip_switch=generate_multi_clip_switch,
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            negative_prompt=negative_prompt,
            seed=seed,
            style=style,
            thinking_type=thinking_type,
            webhook_url=webhook_url,
        )

        pixverse_v6_transition_request.additional_properties = d
        return pixverse_v6_transition_request

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
