from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingVideoO3StdVideoEditRequest")


@_attrs_define
class KlingVideoO3StdVideoEditRequest:
    """Request body of kling-video-o3-std/video-edit.

    Attributes:
        keep_original_sound (bool): keep the source video audio
        prompt (str): text prompt
        video_url (str): input video URL
        image_urls (list[str] | Unset): input images URLs
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    keep_original_sound: bool
    prompt: str
    video_url: str
    image_urls: list[str] | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keep_original_sound = self.keep_original_sound

        prompt = self.prompt

        video_url = self.video_url

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keepOriginalSound": keep_original_sound,
                "prompt": prompt,
                "videoUrl": video_url,
            }
        )
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        keep_original_sound = d.pop("keepOriginalSound")

        prompt = d.pop("prompt")

        video_url = d.pop("videoUrl")

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_video_o3_std_video_edit_request = cls(
            keep_original_sound=keep_original_sound,
            prompt=prompt,
            video_url=video_url,
            image_urls=image_urls,
            webhook_url=webhook_url,
        )

        kling_video_o3_std_video_edit_request.additional_properties = d
        return kling_video_o3_std_video_edit_request

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
