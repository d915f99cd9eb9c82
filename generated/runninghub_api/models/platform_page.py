from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformPage")


@_attrs_define
class PlatformPage:
    """Paging fields of resource/list and aiapp/list (`current` is 1-based). Counts are numbers in the sources; strings are
    accepted (lenient).

        Attributes:
            current (int | str | Unset):
            has_next (bool | Unset):
            has_previous (bool | Unset):
            pages (int | str | Unset):
            size (int | str | Unset):
            total (int | str | Unset):
    """

    current: int | str | Unset = UNSET
    has_next: bool | Unset = UNSET
    has_previous: bool | Unset = UNSET
    pages: int | str | Unset = UNSET
    size: int | str | Unset = UNSET
    total: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current: int | str | Unset
        if isinstance(self.current, Unset):
            current = UNSET
        else:
            current = self.current

        has_next = self.has_next

        has_previous = self.has_previous

        pages: int | str | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        else:
            pages = self.pages

        size: int | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        total: int | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current
        if has_next is not UNSET:
            field_dict["hasNext"] = has_next
        if has_previous is not UNSET:
            field_dict["hasPrevious"] = has_previous
        if pages is not UNSET:
            field_dict["pages"] = pages
        if size is not UNSET:
            field_dict["size"] = size
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_current(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        current = _parse_current(d.pop("current", UNSET))

        has_next = d.pop("hasNext", UNSET)

        has_previous = d.pop("hasPrevious", UNSET)

        def _parse_pages(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        pages = _parse_pages(d.pop("pages", UNSET))

        def _parse_size(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_total(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        platform_page = cls(
            current=current,
            has_next=has_next,
            has_previous=has_previous,
            pages=pages,
            size=size,
            total=total,
        )

        platform_page.additional_properties = d
        return platform_page

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
