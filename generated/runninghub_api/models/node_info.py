from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeInfo")


@_attrs_define
class NodeInfo:
    """One node input override for a workflow or AI App task.

    Attributes:
        field_name (str): Input name on that node, such as text or image.
        field_value (bool | float | str): The value. For image, video, audio and zip inputs, the `fileName` from an
            upload (`/task/openapi/upload` or the v2 upload).
        node_id (str): Node id in the workflow.
        description (str | Unset):
        description_en (str | Unset):
        field_data (str | Unset):
        field_type (str | Unset): Quick-create field type.
        node_name (str | Unset):
    """

    field_name: str
    field_value: bool | float | str
    node_id: str
    description: str | Unset = UNSET
    description_en: str | Unset = UNSET
    field_data: str | Unset = UNSET
    field_type: str | Unset = UNSET
    node_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_name = self.field_name

        field_value: bool | float | str
        field_value = self.field_value

        node_id = self.node_id

        description = self.description

        description_en = self.description_en

        field_data = self.field_data

        field_type = self.field_type

        node_name = self.node_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldName": field_name,
                "fieldValue": field_value,
                "nodeId": node_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if description_en is not UNSET:
            field_dict["descriptionEn"] = description_en
        if field_data is not UNSET:
            field_dict["fieldData"] = field_data
        if field_type is not UNSET:
            field_dict["fieldType"] = field_type
        if node_name is not UNSET:
            field_dict["nodeName"] = node_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_name = d.pop("fieldName")

        def _parse_field_value(data: object) -> bool | float | str:
            return cast(bool | float | str, data)

        field_value = _parse_field_value(d.pop("fieldValue"))

        node_id = d.pop("nodeId")

        description = d.pop("description", UNSET)

        description_en = d.pop("descriptionEn", UNSET)

        field_data = d.pop("fieldData", UNSET)

        field_type = d.pop("fieldType", UNSET)

        node_name = d.pop("nodeName", UNSET)

        node_info = cls(
            field_name=field_name,
            field_value=field_value,
            node_id=node_id,
            description=description,
            description_en=description_en,
            field_data=field_data,
            field_type=field_type,
            node_name=node_name,
        )

        node_info.additional_properties = d
        return node_info

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
