from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_enhance_hypir_ultra_request_creativity_level import (
    ImageEnhanceHypirUltraRequestCreativityLevel,
    check_image_enhance_hypir_ultra_request_creativity_level,
)
from ..models.image_enhance_hypir_ultra_request_texture_level import (
    ImageEnhanceHypirUltraRequestTextureLevel,
    check_image_enhance_hypir_ultra_request_texture_level,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageEnhanceHypirUltraRequest")


@_attrs_define
class ImageEnhanceHypirUltraRequest:
    """Request body of hypir-ultra.

    Attributes:
        image_url (str): image URL (image url)
        creativity_level (ImageEnhanceHypirUltraRequestCreativityLevel | Unset): creativity level
        long_edge_size (int | Unset): long edge size Default: -1.
        prompt (str | Unset): prompt
        seed (int | Unset): seed
        short_edge_size (int | Unset): short edge size Default: -1.
        texture_level (ImageEnhanceHypirUltraRequestTextureLevel | Unset): texture level Default: '3'.
        upscale (int | Unset): upscale
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    image_url: str
    creativity_level: ImageEnhanceHypirUltraRequestCreativityLevel | Unset = UNSET
    long_edge_size: int | Unset = -1
    prompt: str | Unset = UNSET
    seed: int | Unset = UNSET
    short_edge_size: int | Unset = -1
    texture_level: ImageEnhanceHypirUltraRequestTextureLevel | Unset = "3"
    upscale: int | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        creativity_level: str | Unset = UNSET
        if not isinstance(self.creativity_level, Unset):
            creativity_level = self.creativity_level

        long_edge_size = self.long_edge_size

        prompt = self.prompt

        seed = self.seed

        short_edge_size = self.short_edge_size

        texture_level: str | Unset = UNSET
        if not isinstance(self.texture_level, Unset):
            texture_level = self.texture_level

        upscale = self.upscale

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrl": image_url,
            }
        )
        if creativity_level is not UNSET:
            field_dict["creativityLevel"] = creativity_level
        if long_edge_size is not UNSET:
            field_dict["longEdgeSize"] = long_edge_size
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if short_edge_size is not UNSET:
            field_dict["shortEdgeSize"] = short_edge_size
        if texture_level is not UNSET:
            field_dict["textureLevel"] = texture_level
        if upscale is not UNSET:
            field_dict["upscale"] = upscale
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        _creativity_level = d.pop("creativityLevel", UNSET)
        creativity_level: ImageEnhanceHypirUltraRequestCreativityLevel | Unset
        if isinstance(_creativity_level, Unset):
            creativity_level = UNSET
        else:
            creativity_level = check_image_enhance_hypir_ultra_request_creativity_level(
                _creativity_level
            )

        long_edge_size = d.pop("longEdgeSize", UNSET)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        short_edge_size = d.pop("shortEdgeSize", UNSET)

        _texture_level = d.pop("textureLevel", UNSET)
        texture_level: ImageEnhanceHypirUltraRequestTextureLevel | Unset
        if isinstance(_texture_level, Unset):
            texture_level = UNSET
        else:
            texture_level = check_image_enhance_hypir_ultra_request_texture_level(
                _texture_level
            )

        upscale = d.pop("upscale", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        image_enhance_hypir_ultra_request = cls(
            image_url=image_url,
            creativity_level=creativity_level,
            long_edge_size=long_edge_size,
            prompt=prompt,
            seed=seed,
            short_edge_size=short_edge_size,
            texture_level=texture_level,
            upscale=upscale,
            webhook_url=webhook_url,
        )

        image_enhance_hypir_ultra_request.additional_properties = d
        return image_enhance_hypir_ultra_request

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
