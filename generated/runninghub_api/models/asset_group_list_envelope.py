from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_group_page import AssetGroupPage


T = TypeVar("T", bound="AssetGroupListEnvelope")


@_attrs_define
class AssetGroupListEnvelope:
    """
    Attributes:
        code (int | str | Unset): 0 on success. Lenient reading: clients compare with 0, and one refusal was reported
            with only a message (`assets/query` without an id), so a string code is accepted too.
        data (AssetGroupPage | None | Unset):
        msg (None | str | Unset): "success" on success, else the reason (may be Chinese text).
    """

    code: int | str | Unset = UNSET
    data: AssetGroupPage | None | Unset = UNSET
    msg: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_group_page import AssetGroupPage

        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, AssetGroupPage):
            data = self.data.to_dict()
        else:
            data = self.data

        msg: None | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_group_page import AssetGroupPage

        d = dict(src_dict)

        def _parse_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_data(data: object) -> AssetGroupPage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = AssetGroupPage.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetGroupPage | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msg = _parse_msg(d.pop("msg", UNSET))

        asset_group_list_envelope = cls(
            code=code,
            data=data,
            msg=msg,
        )

        asset_group_list_envelope.additional_properties = d
        return asset_group_list_envelope

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
