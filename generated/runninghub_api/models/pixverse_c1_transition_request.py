from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pixverse_c1_transition_request_aspect_ratio import (
    PixverseC1TransitionRequestAspectRatio,
    check_pixverse_c1_transition_request_aspect_ratio,
)
from ..models.pixverse_c1_transition_request_resolution import (
    PixverseC1TransitionRequestResolution,
    check_pixverse_c1_transition_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PixverseC1TransitionRequest")


@_attrs_define
class PixverseC1TransitionRequest:
    """Request body of pixverse-c1/transition.

    Attributes:
        duration (int): duration
        first_image_url (str): image URL (first image url)
        generate_audio_switch (bool): generate audio switch
        prompt (str): prompt
        resolution (PixverseC1TransitionRequestResolution): resolution
        aspect_ratio (PixverseC1TransitionRequestAspectRatio | Unset): aspect ratio Default: '1:1'.
        end_image_url (str | Unset): image URL (end image url)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: int
    first_image_url: str
    generate_audio_switch: bool
    prompt: str
    resolution: PixverseC1TransitionRequestResolution
    aspect_ratio: PixverseC1TransitionRequestAspectRatio | Unset = "1:1"
    end_image_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        first_image_url = self.first_image_url

        generate_audio_switch = self.generate_audio_switch

        prompt = self.prompt

        resolution: str = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        end_image_url = self.end_image_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "firstImageUrl": first_image_url,
                "generateAudioSwitch": generate_audio_switch,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if end_image_url is not UNSET:
            field_dict["endImageUrl"] = end_image_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        first_image_url = d.pop("firstImageUrl")

        generate_audio_switch = d.pop("generateAudioSwitch")

        prompt = d.pop("prompt")

        resolution = check_pixverse_c1_transition_request_resolution(
            d.pop("resolution")
        )

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: PixverseC1TransitionRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pixverse_c1_transition_request_aspect_ratio(
                _aspect_ratio
            )

        end_image_url = d.pop("endImageUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        pixverse_c1_transition_request = cls(
            duration=duration,
            first_image_url=first_image_url,
            generate_audio_switch=generate_audio_switch,
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            end_image_url=end_image_url,
            webhook_url=webhook_url,
        )

        pixverse_c1_transition_request.additional_properties = d
        return pixverse_c1_transition_request

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
