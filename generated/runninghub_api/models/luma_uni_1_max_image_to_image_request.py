from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.luma_uni_1_max_image_to_image_request_aspect_ratio import (
    LumaUni1MaxImageToImageRequestAspectRatio,
    check_luma_uni_1_max_image_to_image_request_aspect_ratio,
)
from ..models.luma_uni_1_max_image_to_image_request_output_format import (
    LumaUni1MaxImageToImageRequestOutputFormat,
    check_luma_uni_1_max_image_to_image_request_output_format,
)
from ..models.luma_uni_1_max_image_to_image_request_style import (
    LumaUni1MaxImageToImageRequestStyle,
    check_luma_uni_1_max_image_to_image_request_style,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LumaUni1MaxImageToImageRequest")


@_attrs_define
class LumaUni1MaxImageToImageRequest:
    """Request body of luma/uni-1-max/image-to-image.

    Attributes:
        image_url (str): input image URL
        prompt (str): text prompt
        aspect_ratio (LumaUni1MaxImageToImageRequestAspectRatio | Unset): output aspect ratio
        image_ref (list[str] | Unset): imageRef
        output_format (LumaUni1MaxImageToImageRequestOutputFormat | Unset): output file format
        style (LumaUni1MaxImageToImageRequestStyle | Unset): visual style preset Default: 'auto'.
        web_search (bool | Unset): enable web search Default: False.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    image_url: str
    prompt: str
    aspect_ratio: LumaUni1MaxImageToImageRequestAspectRatio | Unset = UNSET
    image_ref: list[str] | Unset = UNSET
    output_format: LumaUni1MaxImageToImageRequestOutputFormat | Unset = UNSET
    style: LumaUni1MaxImageToImageRequestStyle | Unset = "auto"
    web_search: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        image_ref: list[str] | Unset = UNSET
        if not isinstance(self.image_ref, Unset):
            image_ref = self.image_ref

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        web_search = self.web_search

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrl": image_url,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if image_ref is not UNSET:
            field_dict["imageRef"] = image_ref
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format
        if style is not UNSET:
            field_dict["style"] = style
        if web_search is not UNSET:
            field_dict["webSearch"] = web_search
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: LumaUni1MaxImageToImageRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_luma_uni_1_max_image_to_image_request_aspect_ratio(
                _aspect_ratio
            )

        image_ref = cast(list[str], d.pop("imageRef", UNSET))

        _output_format = d.pop("outputFormat", UNSET)
        output_format: LumaUni1MaxImageToImageRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_luma_uni_1_max_image_to_image_request_output_format(
                _output_format
            )

        _style = d.pop("style", UNSET)
        style: LumaUni1MaxImageToImageRequestStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_luma_uni_1_max_image_to_image_request_style(_style)

        web_search = d.pop("webSearch", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        luma_uni_1_max_image_to_image_request = cls(
            image_url=image_url,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            image_ref=image_ref,
            output_format=output_format,
            style=style,
            web_search=web_search,
            webhook_url=webhook_url,
        )

        luma_uni_1_max_image_to_image_request.additional_properties = d
        return luma_uni_1_max_image_to_image_request

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
