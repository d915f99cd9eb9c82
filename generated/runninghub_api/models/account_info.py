from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountInfo")


@_attrs_define
class AccountInfo:
    """Numbers may arrive as strings.

    Attributes:
        api_type (None | str | Unset): Key type, such as NORMAL.
        currency (None | str | Unset):
        current_task_counts (int | None | str | Unset):
        remain_coins (float | None | str | Unset):
        remain_money (float | None | str | Unset):
    """

    api_type: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    current_task_counts: int | None | str | Unset = UNSET
    remain_coins: float | None | str | Unset = UNSET
    remain_money: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_type: None | str | Unset
        if isinstance(self.api_type, Unset):
            api_type = UNSET
        else:
            api_type = self.api_type

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        current_task_counts: int | None | str | Unset
        if isinstance(self.current_task_counts, Unset):
            current_task_counts = UNSET
        else:
            current_task_counts = self.current_task_counts

        remain_coins: float | None | str | Unset
        if isinstance(self.remain_coins, Unset):
            remain_coins = UNSET
        else:
            remain_coins = self.remain_coins

        remain_money: float | None | str | Unset
        if isinstance(self.remain_money, Unset):
            remain_money = UNSET
        else:
            remain_money = self.remain_money

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_type is not UNSET:
            field_dict["apiType"] = api_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if current_task_counts is not UNSET:
            field_dict["currentTaskCounts"] = current_task_counts
        if remain_coins is not UNSET:
            field_dict["remainCoins"] = remain_coins
        if remain_money is not UNSET:
            field_dict["remainMoney"] = remain_money

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_api_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_type = _parse_api_type(d.pop("apiType", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_current_task_counts(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        current_task_counts = _parse_current_task_counts(
            d.pop("currentTaskCounts", UNSET)
        )

        def _parse_remain_coins(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        remain_coins = _parse_remain_coins(d.pop("remainCoins", UNSET))

        def _parse_remain_money(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        remain_money = _parse_remain_money(d.pop("remainMoney", UNSET))

        account_info = cls(
            api_type=api_type,
            currency=currency,
            current_task_counts=current_task_counts,
            remain_coins=remain_coins,
            remain_money=remain_money,
        )

        account_info.additional_properties = d
        return account_info

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
