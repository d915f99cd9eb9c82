from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_usage import TaskUsage


T = TypeVar("T", bound="TaskUsageEntry")


@_attrs_define
class TaskUsageEntry:
    """One entry of taskUsageList, the per-(sub)task usage of a v2 task object.

    Attributes:
        parent_task_id (int | None | str | Unset):
        task_id (int | None | str | Unset): The (sub)task id. A string in the console capture; a JSON number in a real
            v2 webhook, whose digits were already rounded, so do not rely on it (lenient reading: both accepted).
        task_status (None | str | Unset):
        usage (None | TaskUsage | Unset):
    """

    parent_task_id: int | None | str | Unset = UNSET
    task_id: int | None | str | Unset = UNSET
    task_status: None | str | Unset = UNSET
    usage: None | TaskUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_usage import TaskUsage

        parent_task_id: int | None | str | Unset
        if isinstance(self.parent_task_id, Unset):
            parent_task_id = UNSET
        else:
            parent_task_id = self.parent_task_id

        task_id: int | None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        task_status: None | str | Unset
        if isinstance(self.task_status, Unset):
            task_status = UNSET
        else:
            task_status = self.task_status

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, TaskUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_task_id is not UNSET:
            field_dict["parentTaskId"] = parent_task_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if task_status is not UNSET:
            field_dict["taskStatus"] = task_status
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_usage import TaskUsage

        d = dict(src_dict)

        def _parse_parent_task_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        parent_task_id = _parse_parent_task_id(d.pop("parentTaskId", UNSET))

        def _parse_task_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        task_id = _parse_task_id(d.pop("taskId", UNSET))

        def _parse_task_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_status = _parse_task_status(d.pop("taskStatus", UNSET))

        def _parse_usage(data: object) -> None | TaskUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = TaskUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskUsage | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        task_usage_entry = cls(
            parent_task_id=parent_task_id,
            task_id=task_id,
            task_status=task_status,
            usage=usage,
        )

        task_usage_entry.additional_properties = d
        return task_usage_entry

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
