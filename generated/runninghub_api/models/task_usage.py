from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskUsage")


@_attrs_define
class TaskUsage:
    """What the task cost. Real replies carry every value as a decimal string ("0.14", "25", "121") or null; a number is
    accepted too (lenient reading). Read them as decimals, never as floats. Standard models report money in
    thirdPartyConsumeMoney (consumeMoney null); workflows on a consumer key report RH coins in consumeCoins.

        Attributes:
            consume_coins (float | None | str | Unset): RH coins charged (workflows and AI Apps on a consumer key), such as
                "25".
            consume_money (float | None | str | Unset): Amount charged (null in every captured reply so far).
            task_cost_time (float | None | str | Unset): Run time of the task in seconds, such as "121" ("0" for standard
                models).
            third_party_consume_money (float | None | str | Unset): Amount charged for an upstream (standard model)
                provider, such as "0.14".
    """

    consume_coins: float | None | str | Unset = UNSET
    consume_money: float | None | str | Unset = UNSET
    task_cost_time: float | None | str | Unset = UNSET
    third_party_consume_money: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consume_coins: float | None | str | Unset
        if isinstance(self.consume_coins, Unset):
            consume_coins = UNSET
        else:
            consume_coins = self.consume_coins

        consume_money: float | None | str | Unset
        if isinstance(self.consume_money, Unset):
            consume_money = UNSET
        else:
            consume_money = self.consume_money

        task_cost_time: float | None | str | Unset
        if isinstance(self.task_cost_time, Unset):
            task_cost_time = UNSET
        else:
            task_cost_time = self.task_cost_time

        third_party_consume_money: float | None | str | Unset
        if isinstance(self.third_party_consume_money, Unset):
            third_party_consume_money = UNSET
        else:
            third_party_consume_money = self.third_party_consume_money

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consume_coins is not UNSET:
            field_dict["consumeCoins"] = consume_coins
        if consume_money is not UNSET:
            field_dict["consumeMoney"] = consume_money
        if task_cost_time is not UNSET:
            field_dict["taskCostTime"] = task_cost_time
        if third_party_consume_money is not UNSET:
            field_dict["thirdPartyConsumeMoney"] = third_party_consume_money

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_consume_coins(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        consume_coins = _parse_consume_coins(d.pop("consumeCoins", UNSET))

        def _parse_consume_money(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        consume_money = _parse_consume_money(d.pop("consumeMoney", UNSET))

        def _parse_task_cost_time(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        task_cost_time = _parse_task_cost_time(d.pop("taskCostTime", UNSET))

        def _parse_third_party_consume_money(
            data: object,
        ) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        third_party_consume_money = _parse_third_party_consume_money(
            d.pop("thirdPartyConsumeMoney", UNSET)
        )

        task_usage = cls(
            consume_coins=consume_coins,
            consume_money=consume_money,
            task_cost_time=task_cost_time,
            third_party_consume_money=third_party_consume_money,
        )

        task_usage.additional_properties = d
        return task_usage

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
