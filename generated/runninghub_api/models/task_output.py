from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskOutput")


@_attrs_define
class TaskOutput:
    """One output file of a legacy task. Money and time arrive as strings ("83", "17") or null here, and as numbers inside
    a webhook's eventData: read them as decimals.

        Attributes:
            bucket (None | str | Unset): Reported by one third-party reference only (low confidence).
            consume_coins (float | None | str | Unset):
            consume_money (float | None | str | Unset):
            file_type (None | str | Unset): File extension, such as png or mp4.
            file_url (None | str | Unset):
            node_id (None | str | Unset):
            object_key (None | str | Unset): Reported by one third-party reference only (low confidence).
            storage_type (None | str | Unset): Reported by one third-party reference only (low confidence).
            task_cost_time (float | None | str | Unset): Run time in seconds.
            third_party_consume_money (float | None | str | Unset):
    """

    bucket: None | str | Unset = UNSET
    consume_coins: float | None | str | Unset = UNSET
    consume_money: float | None | str | Unset = UNSET
    file_type: None | str | Unset = UNSET
    file_url: None | str | Unset = UNSET
    node_id: None | str | Unset = UNSET
    object_key: None | str | Unset = UNSET
    storage_type: None | str | Unset = UNSET
    task_cost_time: float | None | str | Unset = UNSET
    third_party_consume_money: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket: None | str | Unset
        if isinstance(self.bucket, Unset):
            bucket = UNSET
        else:
            bucket = self.bucket

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

        file_type: None | str | Unset
        if isinstance(self.file_type, Unset):
            file_type = UNSET
        else:
            file_type = self.file_type

        file_url: None | str | Unset
        if isinstance(self.file_url, Unset):
            file_url = UNSET
        else:
            file_url = self.file_url

        node_id: None | str | Unset
        if isinstance(self.node_id, Unset):
            node_id = UNSET
        else:
            node_id = self.node_id

        object_key: None | str | Unset
        if isinstance(self.object_key, Unset):
            object_key = UNSET
        else:
            object_key = self.object_key

        storage_type: None | str | Unset
        if isinstance(self.storage_type, Unset):
            storage_type = UNSET
        else:
            storage_type = self.storage_type

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
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if consume_coins is not UNSET:
            field_dict["consumeCoins"] = consume_coins
        if consume_money is not UNSET:
            field_dict["consumeMoney"] = consume_money
        if file_type is not UNSET:
            field_dict["fileType"] = file_type
        if file_url is not UNSET:
            field_dict["fileUrl"] = file_url
        if node_id is not UNSET:
            field_dict["nodeId"] = node_id
        if object_key is not UNSET:
            field_dict["objectKey"] = object_key
        if storage_type is not UNSET:
            field_dict["storageType"] = storage_type
        if task_cost_time is not UNSET:
            field_dict["taskCostTime"] = task_cost_time
        if third_party_consume_money is not UNSET:
            field_dict["thirdPartyConsumeMoney"] = third_party_consume_money

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket = _parse_bucket(d.pop("bucket", UNSET))

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

        def _parse_file_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_type = _parse_file_type(d.pop("fileType", UNSET))

        def _parse_file_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_url = _parse_file_url(d.pop("fileUrl", UNSET))

        def _parse_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node_id = _parse_node_id(d.pop("nodeId", UNSET))

        def _parse_object_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_key = _parse_object_key(d.pop("objectKey", UNSET))

        def _parse_storage_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage_type = _parse_storage_type(d.pop("storageType", UNSET))

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

        task_output = cls(
            bucket=bucket,
            consume_coins=consume_coins,
            consume_money=consume_money,
            file_type=file_type,
            file_url=file_url,
            node_id=node_id,
            object_key=object_key,
            storage_type=storage_type,
            task_cost_time=task_cost_time,
            third_party_consume_money=third_party_consume_money,
        )

        task_output.additional_properties = d
        return task_output

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
