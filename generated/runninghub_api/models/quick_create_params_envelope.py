from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quick_create_model_param import QuickCreateModelParam


T = TypeVar("T", bound="QuickCreateParamsEnvelope")


@_attrs_define
class QuickCreateParamsEnvelope:
    """
    Attributes:
        code (int | Unset): 0 on success; otherwise a RunningHub error or status code (see the README).
        data (list[QuickCreateModelParam] | None | Unset):
        error_messages (Any | Unset): Extra error details. Live replies carry this fourth envelope key (seen as null);
            the official examples never show it (captured replies, PLATFORM-EXTRAS section 1).
        msg (None | str | Unset):
    """

    code: int | Unset = UNSET
    data: list[QuickCreateModelParam] | None | Unset = UNSET
    error_messages: Any | Unset = UNSET
    msg: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        error_messages = self.error_messages

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
        if error_messages is not UNSET:
            field_dict["errorMessages"] = error_messages
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quick_create_model_param import QuickCreateModelParam

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        def _parse_data(data: object) -> list[QuickCreateModelParam] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = QuickCreateModelParam.from_dict(
                        data_type_0_item_data
                    )

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QuickCreateModelParam] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        error_messages = d.pop("errorMessages", UNSET)

        def _parse_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msg = _parse_msg(d.pop("msg", UNSET))

        quick_create_params_envelope = cls(
            code=code,
            data=data,
            error_messages=error_messages,
            msg=msg,
        )

        quick_create_params_envelope.additional_properties = d
        return quick_create_params_envelope

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
