from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiAppRecord")


@_attrs_define
class AiAppRecord:
    """
    Attributes:
        cover (None | str | Unset):
        description (None | str | Unset):
        invoke_example (None | str | Unset): A curl command calling /openapi/v2/run/ai-app/<webappId> with its
            nodeInfoList.
        title (None | str | Unset):
    """

    cover: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    invoke_example: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cover: None | str | Unset
        if isinstance(self.cover, Unset):
            cover = UNSET
        else:
            cover = self.cover

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        invoke_example: None | str | Unset
        if isinstance(self.invoke_example, Unset):
            invoke_example = UNSET
        else:
            invoke_example = self.invoke_example

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cover is not UNSET:
            field_dict["cover"] = cover
        if description is not UNSET:
            field_dict["description"] = description
        if invoke_example is not UNSET:
            field_dict["invokeExample"] = invoke_example
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cover(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cover = _parse_cover(d.pop("cover", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_invoke_example(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoke_example = _parse_invoke_example(d.pop("invokeExample", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        ai_app_record = cls(
            cover=cover,
            description=description,
            invoke_example=invoke_example,
            title=title,
        )

        ai_app_record.additional_properties = d
        return ai_app_record

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
