from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.luma_uni_1_max_image_edit_request_aspect_ratio import (
    LumaUni1MaxImageEditRequestAspectRatio,
    check_luma_uni_1_max_image_edit_request_aspect_ratio,
)
from ..models.luma_uni_1_max_image_edit_request_output_format import (
    LumaUni1MaxImageEditRequestOutputFormat,
    check_luma_uni_1_max_image_edit_request_output_format,
)
from ..models.luma_uni_1_max_image_edit_request_style import (
    LumaUni1MaxImageEditRequestStyle,
    check_luma_uni_1_max_image_edit_request_style,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LumaUni1MaxImageEditRequest")


@_attrs_define
class LumaUni1MaxImageEditRequest:
    """Request body of luma/uni-1-max/image-edit.

    Attributes:
        image_url (str): input image URL
        prompt (str): text prompt
        aspect_ratio (LumaUni1MaxImageEditRequestAspectRatio | Unset): output aspect ratio
        output_format (LumaUni1MaxImageEditRequestOutputFormat | Unset): output file format
        style (LumaUni1MaxImageEditRequestStyle | Unset): visual style preset Default: 'auto'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    image_url: str
    prompt: str
    aspect_ratio: LumaUni1MaxImageEditRequestAspectRatio | Unset = UNSET
    output_format: LumaUni1MaxImageEditRequestOutputFormat | Unset = UNSET
    style: LumaUni1MaxImageEditRequestStyle | Unset = "auto"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

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
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format
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

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: LumaUni1MaxImageEditRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_luma_uni_1_max_image_edit_request_aspect_ratio(
                _aspect_ratio
            )

        _output_format = d.pop("outputFormat", UNSET)
        output_format: LumaUni1MaxImageEditRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_luma_uni_1_max_image_edit_request_output_format(
                _output_format
            )

        _style = d.pop("style", UNSET)
        style: LumaUni1MaxImageEditRequestStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_luma_uni_1_max_image_edit_request_style(_style)

        webhook_url = d.pop("webhookUrl", UNSET)

        luma_uni_1_max_image_edit_request = cls(
            image_url=image_url,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            output_format=output_format,
            style=style,
            webhook_url=webhook_url,
        )

        luma_uni_1_max_image_edit_request.additional_properties = d
        return luma_uni_1_max_image_edit_request

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
