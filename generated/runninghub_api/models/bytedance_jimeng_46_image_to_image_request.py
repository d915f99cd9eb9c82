from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BytedanceJimeng46ImageToImageRequest")


@_attrs_define
class BytedanceJimeng46ImageToImageRequest:
    """Request body of bytedance/jimeng-4.6/image-to-image.

    Attributes:
        image_urls (list[str]): input images URLs
        prompt (str): text prompt
        force_single (bool | Unset): forceSingle Default: False.
        height (int | Unset): output height in pixels
        max_ratio (float | Unset): maxRatio Default: 3.0.
        min_ratio (float | Unset): minRatio Default: 0.333333.
        scale (int | Unset): scale Default: 50.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
        width (int | Unset): output width in pixels
    """

    image_urls: list[str]
    prompt: str
    force_single: bool | Unset = False
    height: int | Unset = UNSET
    max_ratio: float | Unset = 3.0
    min_ratio: float | Unset = 0.333333
    scale: int | Unset = 50
    webhook_url: str | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        prompt = self.prompt

        force_single = self.force_single

        height = self.height

        max_ratio = self.max_ratio

        min_ratio = self.min_ratio

        scale = self.scale

        webhook_url = self.webhook_url

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrls": image_urls,
                "prompt": prompt,
            }
        )
        if force_single is not UNSET:
            field_dict["forceSingle"] = force_single
        if height is not UNSET:
            field_dict["height"] = height
        if max_ratio is not UNSET:
            field_dict["maxRatio"] = max_ratio
        if min_ratio is not UNSET:
            field_dict["minRatio"] = min_ratio
        if scale is not UNSET:
            field_dict["scale"] = scale
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("imageUrls"))

        prompt = d.pop("prompt")

        force_single = d.pop("forceSingle", UNSET)

        height = d.pop("height", UNSET)

        max_ratio = d.pop("maxRatio", UNSET)

        min_ratio = d.pop("minRatio", UNSET)

        scale = d.pop("scale", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        width = d.pop("width", UNSET)

        bytedance_jimeng_46_image_to_image_request = cls(
            image_urls=image_urls,
            prompt=prompt,
            force_single=force_single,
            height=height,
            max_ratio=max_ratio,
            min_ratio=min_ratio,
            scale=scale,
            webhook_url=webhook_url,
            width=width,
        )

        bytedance_jimeng_46_image_to_image_request.additional_properties = d
        return bytedance_jimeng_46_image_to_image_request

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
