from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartTextQwen27BChatRequest")


@_attrs_define
class RhartTextQwen27BChatRequest:
    """Request body of rhart-text-qwen-27b/chat.

    Attributes:
        prompt (str): prompt
        image_urls (list[str] | Unset): image URLs (image urls)
        video_url (str | Unset): video URL (video url)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    image_urls: list[str] | Unset = UNSET
    video_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        video_url = self.video_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if video_url is not UNSET:
            field_dict["videoUrl"] = video_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        video_url = d.pop("videoUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_text_qwen_27b_chat_request = cls(
            prompt=prompt,
            image_urls=image_urls,
            video_url=video_url,
            webhook_url=webhook_url,
        )

        rhart_text_qwen_27b_chat_request.additional_properties = d
        return rhart_text_qwen_27b_chat_request

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
