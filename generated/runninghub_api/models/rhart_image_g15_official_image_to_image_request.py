from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_g15_official_image_to_image_request_background import (
    RhartImageG15OfficialImageToImageRequestBackground,
    check_rhart_image_g15_official_image_to_image_request_background,
)
from ..models.rhart_image_g15_official_image_to_image_request_input_fidelity import (
    RhartImageG15OfficialImageToImageRequestInputFidelity,
    check_rhart_image_g15_official_image_to_image_request_input_fidelity,
)
from ..models.rhart_image_g15_official_image_to_image_request_quality import (
    RhartImageG15OfficialImageToImageRequestQuality,
    check_rhart_image_g15_official_image_to_image_request_quality,
)
from ..models.rhart_image_g15_official_image_to_image_request_size import (
    RhartImageG15OfficialImageToImageRequestSize,
    check_rhart_image_g15_official_image_to_image_request_size,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageG15OfficialImageToImageRequest")


@_attrs_define
class RhartImageG15OfficialImageToImageRequest:
    """Request body of gpt-image-1.5/image-to-image-official-stable.

    Attributes:
        image_urls (list[str]): input images URLs
        prompt (str): text prompt
        quality (RhartImageG15OfficialImageToImageRequestQuality): quality tier
        size (RhartImageG15OfficialImageToImageRequestSize): output size (WxH)
        background (RhartImageG15OfficialImageToImageRequestBackground | Unset): background Default: 'auto'.
        input_fidelity (RhartImageG15OfficialImageToImageRequestInputFidelity | Unset): inputFidelity
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    image_urls: list[str]
    prompt: str
    quality: RhartImageG15OfficialImageToImageRequestQuality
    size: RhartImageG15OfficialImageToImageRequestSize
    background: RhartImageG15OfficialImageToImageRequestBackground | Unset = "auto"
    input_fidelity: RhartImageG15OfficialImageToImageRequestInputFidelity | Unset = (
        UNSET
    )
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        prompt = self.prompt

        quality: str = self.quality

        size: str = self.size

        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background

        input_fidelity: str | Unset = UNSET
        if not isinstance(self.input_fidelity, Unset):
            input_fidelity = self.input_fidelity

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrls": image_urls,
                "prompt": prompt,
                "quality": quality,
                "size": size,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if input_fidelity is not UNSET:
            field_dict["inputFidelity"] = input_fidelity
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("imageUrls"))

        prompt = d.pop("prompt")

        quality = check_rhart_image_g15_official_image_to_image_request_quality(
            d.pop("quality")
        )

        size = check_rhart_image_g15_official_image_to_image_request_size(d.pop("size"))

        _background = d.pop("background", UNSET)
        background: RhartImageG15OfficialImageToImageRequestBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = (
                check_rhart_image_g15_official_image_to_image_request_background(
                    _background
                )
            )

        _input_fidelity = d.pop("inputFidelity", UNSET)
        input_fidelity: RhartImageG15OfficialImageToImageRequestInputFidelity | Unset
        if isinstance(_input_fidelity, Unset):
            input_fidelity = UNSET
        else:
            input_fidelity = (
                check_rhart_image_g15_official_image_to_image_request_input_fidelity(
                    _input_fidelity
                )
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_g15_official_image_to_image_request = cls(
            image_urls=image_urls,
            prompt=prompt,
            quality=quality,
            size=size,
            background=background,
            input_fidelity=input_fidelity,
            webhook_url=webhook_url,
        )

        rhart_image_g15_official_image_to_image_request.additional_properties = d
        return rhart_image_g15_official_image_to_image_request

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
