from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaWan27TextToImageRequest")


@_attrs_define
class AlibabaWan27TextToImageRequest:
    """Request body of wan-2.7/text-to-image.

    Attributes:
        prompt (str): text prompt
        height (int | Unset): output height in px Default: 1024.
        thinking_mode (bool | Unset): thinkingMode Default: True.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
        width (int | Unset): output width in px Default: 1024.
    """

    prompt: str
    height: int | Unset = 1024
    thinking_mode: bool | Unset = True
    webhook_url: str | Unset = UNSET
    width: int | Unset = 1024
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        height = self.height

        thinking_mode = self.thinking_mode

        webhook_url = self.webhook_url

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if height is not UNSET:
            field_dict["height"] = height
        if thinking_mode is not UNSET:
            field_dict["thinkingMode"] = thinking_mode
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        height = d.pop("height", UNSET)

        thinking_mode = d.pop("thinkingMode", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        width = d.pop("width", UNSET)

        alibaba_wan_27_text_to_image_request = cls(
            prompt=prompt,
            height=height,
            thinking_mode=thinking_mode,
            webhook_url=webhook_url,
            width=width,
        )

        alibaba_wan_27_text_to_image_request.additional_properties = d
        return alibaba_wan_27_text_to_image_request

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
