from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageEnhanceHypirBalanceRequest")


@_attrs_define
class ImageEnhanceHypirBalanceRequest:
    """Request body of hypir-balance.

    Attributes:
        image_url (str): image URL (image url)
        upscale (int): upscale
        long_edge_size (int | Unset): long edge size Default: -1.
        prompt (str | Unset): prompt
        seed (int | Unset): seed
        short_edge_size (int | Unset): short edge size Default: -1.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    image_url: str
    upscale: int
    long_edge_size: int | Unset = -1
    prompt: str | Unset = UNSET
    seed: int | Unset = UNSET
    short_edge_size: int | Unset = -1
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        upscale = self.upscale

        long_edge_size = self.long_edge_size

        prompt = self.prompt

        seed = self.seed

        short_edge_size = self.short_edge_size

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrl": image_url,
                "upscale": upscale,
            }
        )
        if long_edge_size is not UNSET:
            field_dict["longEdgeSize"] = long_edge_size
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if short_edge_size is not UNSET:
            field_dict["shortEdgeSize"] = short_edge_size
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        upscale = d.pop("upscale")

        long_edge_size = d.pop("longEdgeSize", UNSET)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        short_edge_size = d.pop("shortEdgeSize", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        image_enhance_hypir_balance_request = cls(
            image_url=image_url,
            upscale=upscale,
            long_edge_size=long_edge_size,
            prompt=prompt,
            seed=seed,
            short_edge_size=short_edge_size,
            webhook_url=webhook_url,
        )

        image_enhance_hypir_balance_request.additional_properties = d
        return image_enhance_hypir_balance_request

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
