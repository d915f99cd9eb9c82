from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueStatus")


@_attrs_define
class QueueStatus:
    """
    Attributes:
        api_key_type (None | str | Unset): EXCLUSIVE, SHARED (enterprise-shared) or NORMAL (consumer). Open set.
        concurrent_limit (int | None | str | Unset):
        queued_count (int | None | str | Unset): A string in the sources.
        running_count (int | None | str | Unset): A string in the sources.
        total_current_tasks (int | None | str | Unset): A string in the sources.
    """

    api_key_type: None | str | Unset = UNSET
    concurrent_limit: int | None | str | Unset = UNSET
    queued_count: int | None | str | Unset = UNSET
    running_count: int | None | str | Unset = UNSET
    total_current_tasks: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_type: None | str | Unset
        if isinstance(self.api_key_type, Unset):
            api_key_type = UNSET
        else:
            api_key_type = self.api_key_type

        concurrent_limit: int | None | str | Unset
        if isinstance(self.concurrent_limit, Unset):
            concurrent_limit = UNSET
        else:
            concurrent_limit = self.concurrent_limit

        queued_count: int | None | str | Unset
        if isinstance(self.queued_count, Unset):
            queued_count = UNSET
        else:
            queued_count = self.queued_count

        running_count: int | None | str | Unset
        if isinstance(self.running_count, Unset):
            running_count = UNSET
        else:
            running_count = self.running_count

        total_current_tasks: int | None | str | Unset
        if isinstance(self.total_current_tasks, Unset):
            total_current_tasks = UNSET
        else:
            total_current_tasks = self.total_current_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_type is not UNSET:
            field_dict["apiKeyType"] = api_key_type
        if concurrent_limit is not UNSET:
            field_dict["concurrentLimit"] = concurrent_limit
        if queued_count is not UNSET:
            field_dict["queuedCount"] = queued_count
        if running_count is not UNSET:
            field_dict["runningCount"] = running_count
        if total_current_tasks is not UNSET:
            field_dict["totalCurrentTasks"] = total_current_tasks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_api_key_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key_type = _parse_api_key_type(d.pop("apiKeyType", UNSET))

        def _parse_concurrent_limit(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        concurrent_limit = _parse_concurrent_limit(d.pop("concurrentLimit", UNSET))

        def _parse_queued_count(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        queued_count = _parse_queued_count(d.pop("queuedCount", UNSET))

        def _parse_running_count(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        running_count = _parse_running_count(d.pop("runningCount", UNSET))

        def _parse_total_current_tasks(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        total_current_tasks = _parse_total_current_tasks(
            d.pop("totalCurrentTasks", UNSET)
        )

        queue_status = cls(
            api_key_type=api_key_type,
            concurrent_limit=concurrent_limit,
            queued_count=queued_count,
            running_count=running_count,
            total_current_tasks=total_current_tasks,
        )

        queue_status.additional_properties = d
        return queue_status

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
