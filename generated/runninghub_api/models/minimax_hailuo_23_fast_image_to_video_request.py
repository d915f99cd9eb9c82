from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimax_hailuo_23_fast_image_to_video_request_duration import (
    MinimaxHailuo23FastImageToVideoRequestDuration,
    check_minimax_hailuo_23_fast_image_to_video_request_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxHailuo23FastImageToVideoRequest")


@_attrs_define
class MinimaxHailuo23FastImageToVideoRequest:
    """Request body of hailuo-2.3-fast/image-to-video.

    Attributes:
        duration (MinimaxHailuo23FastImageToVideoRequestDuration): output length in seconds
        enable_prompt_expansion (bool): let the service expand the prompt
        image_url (str): input image URL
        prompt (str): text prompt
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: MinimaxHailuo23FastImageToVideoRequestDuration
    enable_prompt_expansion: bool
    image_url: str
    prompt: str
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        enable_prompt_expansion = self.enable_prompt_expansion

        image_url = self.image_url

        prompt = self.prompt

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "enablePromptExpansion": enable_prompt_expansion,
                "imageUrl": image_url,
                "prompt": prompt,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_minimax_hailuo_23_fast_image_to_video_request_duration(
            d.pop("duration")
        )

        enable_prompt_expansion = d.pop("enablePromptExpansion")

        image_url = d.pop("imageUrl")

        prompt = d.pop("prompt")

        webhook_url = d.pop("webhookUrl", UNSET)

        minimax_hailuo_23_fast_image_to_video_request = cls(
            duration=duration,
            enable_prompt_expansion=enable_prompt_expansion,
            image_url=image_url,
            prompt=prompt,
            webhook_url=webhook_url,
        )

        minimax_hailuo_23_fast_image_to_video_request.additional_properties = d
        return minimax_hailuo_23_fast_image_to_video_request

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
