from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_ng31_flash_lite_image_to_image_request_aspect_ratio import (
    RhartImageNG31FlashLiteImageToImageRequestAspectRatio,
    check_rhart_image_ng31_flash_lite_image_to_image_request_aspect_ratio,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageNG31FlashLiteImageToImageRequest")


@_attrs_define
class RhartImageNG31FlashLiteImageToImageRequest:
    """Request body of nano-banana2-gemini31flash-lite/image-to-image-channel-low-price.

    Attributes:
        image_urls (list[str]): input images URLs
        prompt (str): text prompt
        aspect_ratio (RhartImageNG31FlashLiteImageToImageRequestAspectRatio | Unset): output aspect ratio Default:
            '9:16'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    image_urls: list[str]
    prompt: str
    aspect_ratio: RhartImageNG31FlashLiteImageToImageRequestAspectRatio | Unset = "9:16"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrls": image_urls,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("imageUrls"))

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: RhartImageNG31FlashLiteImageToImageRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = (
                check_rhart_image_ng31_flash_lite_image_to_image_request_aspect_ratio(
                    _aspect_ratio
                )
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_ng31_flash_lite_image_to_image_request = cls(
            image_urls=image_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            webhook_url=webhook_url,
        )

        rhart_image_ng31_flash_lite_image_to_image_request.additional_properties = d
        return rhart_image_ng31_flash_lite_image_to_image_request

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
