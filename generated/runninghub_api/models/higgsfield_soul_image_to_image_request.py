from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.higgsfield_soul_image_to_image_request_quality import (
    HiggsfieldSoulImageToImageRequestQuality,
    check_higgsfield_soul_image_to_image_request_quality,
)
from ..models.higgsfield_soul_image_to_image_request_size import (
    HiggsfieldSoulImageToImageRequestSize,
    check_higgsfield_soul_image_to_image_request_size,
)
from ..models.higgsfield_soul_image_to_image_request_style import (
    HiggsfieldSoulImageToImageRequestStyle,
    check_higgsfield_soul_image_to_image_request_style,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HiggsfieldSoulImageToImageRequest")


@_attrs_define
class HiggsfieldSoulImageToImageRequest:
    """Request body of higgsfield/soul/image-to-image.

    Attributes:
        image_url (str): image URL (image url)
        prompt (str): prompt
        quality (HiggsfieldSoulImageToImageRequestQuality): quality
        size (HiggsfieldSoulImageToImageRequestSize): size
        strength (float | Unset): strength Default: 1.0.
        style (HiggsfieldSoulImageToImageRequestStyle | Unset): style Default: 'Realistic'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    image_url: str
    prompt: str
    quality: HiggsfieldSoulImageToImageRequestQuality
    size: HiggsfieldSoulImageToImageRequestSize
    strength: float | Unset = 1.0
    style: HiggsfieldSoulImageToImageRequestStyle | Unset = "Realistic"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        quality: str = self.quality

        size: str = self.size

        strength = self.strength

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrl": image_url,
                "prompt": prompt,
                "quality": quality,
                "size": size,
            }
        )
        if strength is not UNSET:
            field_dict["strength"] = strength
        if style is not UNSET:
            field_dict["style"] = style
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        prompt = d.pop("prompt")

        quality = check_higgsfield_soul_image_to_image_request_quality(d.pop("quality"))

        size = check_higgsfield_soul_image_to_image_request_size(d.pop("size"))

        strength = d.pop("strength", UNSET)

        _style = d.pop("style", UNSET)
        style: HiggsfieldSoulImageToImageRequestStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_higgsfield_soul_image_to_image_request_style(_style)

        webhook_url = d.pop("webhookUrl", UNSET)

        higgsfield_soul_image_to_image_request = cls(
            image_url=image_url,
            prompt=prompt,
            quality=quality,
            size=size,
            strength=strength,
            style=style,
            webhook_url=webhook_url,
        )

        higgsfield_soul_image_to_image_request.additional_properties = d
        return higgsfield_soul_image_to_image_request

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
