from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_g15_official_text_to_image_request_background import (
    RhartImageG15OfficialTextToImageRequestBackground,
    check_rhart_image_g15_official_text_to_image_request_background,
)
from ..models.rhart_image_g15_official_text_to_image_request_quality import (
    RhartImageG15OfficialTextToImageRequestQuality,
    check_rhart_image_g15_official_text_to_image_request_quality,
)
from ..models.rhart_image_g15_official_text_to_image_request_size import (
    RhartImageG15OfficialTextToImageRequestSize,
    check_rhart_image_g15_official_text_to_image_request_size,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageG15OfficialTextToImageRequest")


@_attrs_define
class RhartImageG15OfficialTextToImageRequest:
    """Request body of gpt-image-1.5/text-to-image-official-stable.

    Attributes:
        prompt (str): text prompt
        quality (RhartImageG15OfficialTextToImageRequestQuality): quality tier
        size (RhartImageG15OfficialTextToImageRequestSize): output size (WxH)
        background (RhartImageG15OfficialTextToImageRequestBackground | Unset): background
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    quality: RhartImageG15OfficialTextToImageRequestQuality
    size: RhartImageG15OfficialTextToImageRequestSize
    background: RhartImageG15OfficialTextToImageRequestBackground | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        quality: str = self.quality

        size: str = self.size

        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "quality": quality,
                "size": size,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        quality = check_rhart_image_g15_official_text_to_image_request_quality(
            d.pop("quality")
        )

        size = check_rhart_image_g15_official_text_to_image_request_size(d.pop("size"))

        _background = d.pop("background", UNSET)
        background: RhartImageG15OfficialTextToImageRequestBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = (
                check_rhart_image_g15_official_text_to_image_request_background(
                    _background
                )
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_g15_official_text_to_image_request = cls(
            prompt=prompt,
            quality=quality,
            size=size,
            background=background,
            webhook_url=webhook_url,
        )

        rhart_image_g15_official_text_to_image_request.additional_properties = d
        return rhart_image_g15_official_text_to_image_request

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
