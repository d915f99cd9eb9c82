from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimax_hailuo_02_pro_request_duration import (
    MinimaxHailuo02ProRequestDuration,
    check_minimax_hailuo_02_pro_request_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxHailuo02ProRequest")


@_attrs_define
class MinimaxHailuo02ProRequest:
    """Request body of hailuo-02-pro.

    Attributes:
        duration (MinimaxHailuo02ProRequestDuration): output length in seconds
        enable_prompt_expansion (bool): let the service expand the prompt
        prompt (str): text prompt
        first_image_url (str | Unset): first-frame image URL
        last_image_url (str | Unset): last-frame image URL
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: MinimaxHailuo02ProRequestDuration
    enable_prompt_expansion: bool
    prompt: str
    first_image_url: str | Unset = UNSET
    last_image_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        enable_prompt_expansion = self.enable_prompt_expansion

        prompt = self.prompt

        first_image_url = self.first_image_url

        last_image_url = self.last_image_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "enablePromptExpansion": enable_prompt_expansion,
                "prompt": prompt,
            }
        )
        if first_image_url is not UNSET:
            field_dict["firstImageUrl"] = first_image_url
        if last_image_url is not UNSET:
            field_dict["lastImageUrl"] = last_image_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_minimax_hailuo_02_pro_request_duration(d.pop("duration"))

        enable_prompt_expansion = d.pop("enablePromptExpansion")

        prompt = d.pop("prompt")

        first_image_url = d.pop("firstImageUrl", UNSET)

        last_image_url = d.pop("lastImageUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        minimax_hailuo_02_pro_request = cls(
            duration=duration,
            enable_prompt_expansion=enable_prompt_expansion,
            prompt=prompt,
            first_image_url=first_image_url,
            last_image_url=last_image_url,
            webhook_url=webhook_url,
        )

        minimax_hailuo_02_pro_request.additional_properties = d
        return minimax_hailuo_02_pro_request

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
