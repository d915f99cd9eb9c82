from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pixverse_v55_transition_request_aspect_ratio import (
    PixverseV55TransitionRequestAspectRatio,
    check_pixverse_v55_transition_request_aspect_ratio,
)
from ..models.pixverse_v55_transition_request_duration import (
    PixverseV55TransitionRequestDuration,
    check_pixverse_v55_transition_request_duration,
)
from ..models.pixverse_v55_transition_request_resolution import (
    PixverseV55TransitionRequestResolution,
    check_pixverse_v55_transition_request_resolution,
)
from ..models.pixverse_v55_transition_request_thinking_type import (
    PixverseV55TransitionRequestThinkingType,
    check_pixverse_v55_transition_request_thinking_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PixverseV55TransitionRequest")


@_attrs_define
class PixverseV55TransitionRequest:
    """Request body of pixverse-v5.5-transition.

    Attributes:
        duration (PixverseV55TransitionRequestDuration): duration
        end_image_url (str): image URL (end image url)
        image_url (str): image URL (image url)
        prompt (str): prompt
        resolution (PixverseV55TransitionRequestResolution): resolution
        aspect_ratio (PixverseV55TransitionRequestAspectRatio | Unset): aspect ratio Default: '16:9'.
        negative_prompt (str | Unset): negative prompt
        thinking_type (PixverseV55TransitionRequestThinkingType | Unset): thinking type Default: 'auto'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: PixverseV55TransitionRequestDuration
    end_image_url: str
    image_url: str
    prompt: str
    resolution: PixverseV55TransitionRequestResolution
    aspect_ratio: PixverseV55TransitionRequestAspectRatio | Unset = "16:9"
    negative_prompt: str | Unset = UNSET
    thinking_type: PixverseV55TransitionRequestThinkingType | Unset = "auto"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        end_image_url = self.end_image_url

        image_url = self.image_url

        prompt = self.prompt

        resolution: str = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

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
                "endImageUrl": end_image_url,
                "imageUrl": image_url,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
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
        duration = check_pixverse_v55_transition_request_duration(d.pop("duration"))

        end_image_url = d.pop("endImageUrl")

        image_url = d.pop("imageUrl")

        prompt = d.pop("prompt")

        resolution = check_pixverse_v55_transition_request_resolution(
            d.pop("resolution")
        )

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: PixverseV55TransitionRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pixverse_v55_transition_request_aspect_ratio(
                _aspect_ratio
            )

        negative_prompt = d.pop("negativePrompt", UNSET)

        _thinking_type = d.pop("thinkingType", UNSET)
        thinking_type: PixverseV55TransitionRequestThinkingType | Unset
        if isinstance(_thinking_type, Unset):
            thinking_type = UNSET
        else:
            thinking_type = check_pixverse_v55_transition_request_thinking_type(
                _thinking_type
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        pixverse_v55_transition_request = cls(
            duration=duration,
            end_image_url=end_image_url,
            image_url=image_url,
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            negative_prompt=negative_prompt,
            thinking_type=thinking_type,
            webhook_url=webhook_url,
        )

        pixverse_v55_transition_request.additional_properties = d
        return pixverse_v55_transition_request

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
