from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppNodeInfo")


@_attrs_define
class AppNodeInfo:
    """One editable input of an AI App, as apiCallDemo lists it.

    Attributes:
        description (None | str | Unset):
        description_en (None | str | Unset):
        field_data (None | str | Unset): The input's ComfyUI definition (choices, default, ...), as a JSON string.
        field_name (str | Unset):
        field_type (None | str | Unset): STRING, IMAGE, AUDIO, VIDEO, LIST, INT, FLOAT, BOOLEAN or SWITCH (open set).
        field_value (bool | float | None | str | Unset):
        node_id (str | Unset):
        node_name (None | str | Unset):
    """

    description: None | str | Unset = UNSET
    description_en: None | str | Unset = UNSET
    field_data: None | str | Unset = UNSET
    field_name: str | Unset = UNSET
    field_type: None | str | Unset = UNSET
    field_value: bool | float | None | str | Unset = UNSET
    node_id: str | Unset = UNSET
    node_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        description_en: None | str | Unset
        if isinstance(self.description_en, Unset):
            description_en = UNSET
        else:
            description_en = self.description_en

        field_data: None | str | Unset
        if isinstance(self.field_data, Unset):
            field_data = UNSET
        else:
            field_data = self.field_data

        field_name = self.field_name

        field_type: None | str | Unset
        if isinstance(self.field_type, Unset):
            field_type = UNSET
        else:
            field_type = self.field_type

        field_value: bool | float | None | str | Unset
        if isinstance(self.field_value, Unset):
            field_value = UNSET
        else:
            field_value = self.field_value

        node_id = self.node_id

        node_name: None | str | Unset
        if isinstance(self.node_name, Unset):
            node_name = UNSET
        else:
            node_name = self.node_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if description_en is not UNSET:
            field_dict["descriptionEn"] = description_en
        if field_data is not UNSET:
            field_dict["fieldData"] = field_data
        if field_name is not UNSET:
            field_dict["fieldName"] = field_name
        if field_type is not UNSET:
            field_dict["fieldType"] = field_type
        if field_value is not UNSET:
            field_dict["fieldValue"] = field_value
        if node_id is not UNSET:
            field_dict["nodeId"] = node_id
        if node_name is not UNSET:
            field_dict["nodeName"] = node_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_description_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description_en = _parse_description_en(d.pop("descriptionEn", UNSET))

        def _parse_field_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_data = _parse_field_data(d.pop("fieldData", UNSET))

        field_name = d.pop("fieldName", UNSET)

        def _parse_field_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_type = _parse_field_type(d.pop("fieldType", UNSET))

        def _parse_field_value(data: object) -> bool | float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | float | None | str | Unset, data)

        field_value = _parse_field_value(d.pop("fieldValue", UNSET))

        node_id = d.pop("nodeId", UNSET)

        def _parse_node_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node_name = _parse_node_name(d.pop("nodeName", UNSET))

        app_node_info = cls(
            description=description,
            description_en=description_en,
            field_data=field_data,
            field_name=field_name,
            field_type=field_type,
            field_value=field_value,
            node_id=node_id,
            node_name=node_name,
        )

        app_node_info.additional_properties = d
        return app_node_info

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
