from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiAppListRequest")


@_attrs_define
class AiAppListRequest:
    """
    Attributes:
        current (int | Unset): Page number (1-based).
        days (int | Unset): Only with sort HOTTEST, e.g. 7.
        size (int | Unset): Page size (at most 50).
        sort (str | Unset): RECOMMEND, HOTTEST or NEWEST (open set).
    """

    current: int | Unset = UNSET
    days: int | Unset = UNSET
    size: int | Unset = UNSET
    sort: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        days = self.days

        size = self.size

        sort = self.sort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current
        if days is not UNSET:
            field_dict["days"] = days
        if size is not UNSET:
            field_dict["size"] = size
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        current = d.pop("current", UNSET)

        days = d.pop("days", UNSET)

        size = d.pop("size", UNSET)

        sort = d.pop("sort", UNSET)

        ai_app_list_request = cls(
            current=current,
            days=days,
            size=size,
            sort=sort,
        )

        ai_app_list_request.additional_properties = d
        return ai_app_list_request

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
