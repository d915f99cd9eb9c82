from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.higgsfield_dop_image_to_video_request_options import (
    HiggsfieldDopImageToVideoRequestOptions,
    check_higgsfield_dop_image_to_video_request_options,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HiggsfieldDopImageToVideoRequest")


@_attrs_define
class HiggsfieldDopImageToVideoRequest:
    """Request body of higgsfield/dop/image-to-video.

    Attributes:
        image_url (str): image URL (image url)
        options (HiggsfieldDopImageToVideoRequestOptions): options
        prompt (str): prompt
        end_image_url (str | Unset): image URL (end image url)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    image_url: str
    options: HiggsfieldDopImageToVideoRequestOptions
    prompt: str
    end_image_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        options: str = self.options

        prompt = self.prompt

        end_image_url = self.end_image_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrl": image_url,
                "options": options,
                "prompt": prompt,
            }
        )
        if end_image_url is not UNSET:
            field_dict["endImageUrl"] = end_image_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        options = check_higgsfield_dop_image_to_video_request_options(d.pop("options"))

        prompt = d.pop("prompt")

        end_image_url = d.pop("endImageUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        higgsfield_dop_image_to_video_request = cls(
            image_url=image_url,
            options=options,
            prompt=prompt,
            end_image_url=end_image_url,
            webhook_url=webhook_url,
        )

        higgsfield_dop_image_to_video_request.additional_properties = d
        return higgsfield_dop_image_to_video_request

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
