from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.topazlabs_image_upscale_transparent_request_output_format import (
    TopazlabsImageUpscaleTransparentRequestOutputFormat,
    check_topazlabs_image_upscale_transparent_request_output_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopazlabsImageUpscaleTransparentRequest")


@_attrs_define
class TopazlabsImageUpscaleTransparentRequest:
    """Request body of topazlabs-image-upscale-transparent.

    Attributes:
        image_url (str): input image URL
        crop_to_fill (bool | Unset): cropToFill Default: False.
        output_format (TopazlabsImageUpscaleTransparentRequestOutputFormat | Unset): output file format Default: 'png'.
        output_height (int | Unset): outputHeight Default: 1080.
        output_width (int | Unset): outputWidth Default: 1920.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    image_url: str
    crop_to_fill: bool | Unset = False
    output_format: TopazlabsImageUpscaleTransparentRequestOutputFormat | Unset = "png"
    output_height: int | Unset = 1080
    output_width: int | Unset = 1920
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        crop_to_fill = self.crop_to_fill

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        output_height = self.output_height

        output_width = self.output_width

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrl": image_url,
            }
        )
        if crop_to_fill is not UNSET:
            field_dict["cropToFill"] = crop_to_fill
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format
        if output_height is not UNSET:
            field_dict["outputHeight"] = output_height
        if output_width is not UNSET:
            field_dict["outputWidth"] = output_width
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        crop_to_fill = d.pop("cropToFill", UNSET)

        _output_format = d.pop("outputFormat", UNSET)
        output_format: TopazlabsImageUpscaleTransparentRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = (
                check_topazlabs_image_upscale_transparent_request_output_format(
                    _output_format
                )
            )

        output_height = d.pop("outputHeight", UNSET)

        output_width = d.pop("outputWidth", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        topazlabs_image_upscale_transparent_request = cls(
            image_url=image_url,
            crop_to_fill=crop_to_fill,
            output_format=output_format,
            output_height=output_height,
            output_width=output_width,
            webhook_url=webhook_url,
        )

        topazlabs_image_upscale_transparent_request.additional_properties = d
        return topazlabs_image_upscale_transparent_request

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
