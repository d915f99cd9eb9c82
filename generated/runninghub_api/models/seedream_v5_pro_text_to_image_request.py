from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seedream_v5_pro_text_to_image_request_output_format import (
    SeedreamV5ProTextToImageRequestOutputFormat,
    check_seedream_v5_pro_text_to_image_request_output_format,
)
from ..models.seedream_v5_pro_text_to_image_request_resolution import (
    SeedreamV5ProTextToImageRequestResolution,
    check_seedream_v5_pro_text_to_image_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeedreamV5ProTextToImageRequest")


@_attrs_define
class SeedreamV5ProTextToImageRequest:
    """Request body of seedream-v5-pro/text-to-image.

    Attributes:
        prompt (str): text prompt
        height (int | Unset): output height in pixels Default: 1024.
        output_format (SeedreamV5ProTextToImageRequestOutputFormat | Unset): output file format Default: 'jpeg'.
        resolution (SeedreamV5ProTextToImageRequestResolution | Unset): output resolution tier
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
        width (int | Unset): output width in pixels Default: 1024.
    """

    prompt: str
    height: int | Unset = 1024
    output_format: SeedreamV5ProTextToImageRequestOutputFormat | Unset = "jpeg"
    resolution: SeedreamV5ProTextToImageRequestResolution | Unset = UNSET
    webhook_url: str | Unset = UNSET
    width: int | Unset = 1024
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        height = self.height

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        webhook_url = self.webhook_url

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if height is not UNSET:
            field_dict["height"] = height
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        height = d.pop("height", UNSET)

        _output_format = d.pop("outputFormat", UNSET)
        output_format: SeedreamV5ProTextToImageRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_seedream_v5_pro_text_to_image_request_output_format(
                _output_format
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: SeedreamV5ProTextToImageRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_seedream_v5_pro_text_to_image_request_resolution(
                _resolution
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        width = d.pop("width", UNSET)

        seedream_v5_pro_text_to_image_request = cls(
            prompt=prompt,
            height=height,
            output_format=output_format,
            resolution=resolution,
            webhook_url=webhook_url,
            width=width,
        )

        seedream_v5_pro_text_to_image_request.additional_properties = d
        return seedream_v5_pro_text_to_image_request

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
