from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuickCreateParamsRequest")


@_attrs_define
class QuickCreateParamsRequest:
    """
    Attributes:
        webapp_id (int | str):
        type_ (int | Unset): Parameter type (the docs show 2).
    """

    webapp_id: int | str
    type_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webapp_id: int | str
        webapp_id = self.webapp_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webappId": webapp_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_webapp_id(data: object) -> int | str:
            return cast(int | str, data)

        webapp_id = _parse_webapp_id(d.pop("webappId"))

        type_ = d.pop("type", UNSET)

        quick_create_params_request = cls(
            webapp_id=webapp_id,
            type_=type_,
        )

        quick_create_params_request.additional_properties = d
        return quick_create_params_request

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
