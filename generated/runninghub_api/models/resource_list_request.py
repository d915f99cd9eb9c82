from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceListRequest")


@_attrs_define
class ResourceListRequest:
    """Every field is optional.

    Attributes:
        base_models (list[str] | Unset): Base model names, e.g. Flux2-Klein-9B.
        current (int | Unset): Page number (1-based).
        resource_name (str | Unset): A keyword in the resource name.
        resource_type (str | Unset): UNET, CHECKPOINT, LORA or GGUF (open set).
        size (int | Unset): Page size (at most 50).
        tags (list[int] | Unset): Tag ids.
    """

    base_models: list[str] | Unset = UNSET
    current: int | Unset = UNSET
    resource_name: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    size: int | Unset = UNSET
    tags: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_models: list[str] | Unset = UNSET
        if not isinstance(self.base_models, Unset):
            base_models = self.base_models

        current = self.current

        resource_name = self.resource_name

        resource_type = self.resource_type

        size = self.size

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_models is not UNSET:
            field_dict["baseModels"] = base_models
        if current is not UNSET:
            field_dict["current"] = current
        if resource_name is not UNSET:
            field_dict["resourceName"] = resource_name
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if size is not UNSET:
            field_dict["size"] = size
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base_models = cast(list[str], d.pop("baseModels", UNSET))

        current = d.pop("current", UNSET)

        resource_name = d.pop("resourceName", UNSET)

        resource_type = d.pop("resourceType", UNSET)

        size = d.pop("size", UNSET)

        tags = cast(list[int], d.pop("tags", UNSET))

        resource_list_request = cls(
            base_models=base_models,
            current=current,
            resource_name=resource_name,
            resource_type=resource_type,
            size=size,
            tags=tags,
        )

        resource_list_request.additional_properties = d
        return resource_list_request

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
