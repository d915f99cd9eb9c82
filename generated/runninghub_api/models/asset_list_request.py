from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetListRequest")


@_attrs_define
class AssetListRequest:
    """The source lists the same body for assets/list and assets/groups/list; all fields optional.

    Attributes:
        group_id (str | Unset):
        name (str | Unset):
        page_number (int | Unset): Page number (1-based).
        page_size (int | Unset): Page size (at most 100).
        status (str | Unset):
    """

    group_id: str | Unset = UNSET
    name: str | Unset = UNSET
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        name = self.name

        page_number = self.page_number

        page_size = self.page_size

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if name is not UNSET:
            field_dict["name"] = name
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group_id = d.pop("groupId", UNSET)

        name = d.pop("name", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        page_size = d.pop("pageSize", UNSET)

        status = d.pop("status", UNSET)

        asset_list_request = cls(
            group_id=group_id,
            name=name,
            page_number=page_number,
            page_size=page_size,
            status=status,
        )

        asset_list_request.additional_properties = d
        return asset_list_request

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
