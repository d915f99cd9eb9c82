from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskEndEvent")


@_attrs_define
class TaskEndEvent:
    """
    Attributes:
        event (str): TASK_END (open set).
        task_id (int | str): Task id. Documented as int64 and shown as a string; a JSON number of 19 digits loses
            precision in JavaScript, so read it as a string (lenient reading: both accepted).
        event_data (None | str | Unset): JSON string: for legacy tasks the /task/openapi/outputs reply ({code, msg,
            data}); for v2 tasks unconfirmed (the v2 task object is assumed).
    """

    event: str
    task_id: int | str
    event_data: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        task_id: int | str
        task_id = self.task_id

        event_data: None | str | Unset
        if isinstance(self.event_data, Unset):
            event_data = UNSET
        else:
            event_data = self.event_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "taskId": task_id,
            }
        )
        if event_data is not UNSET:
            field_dict["eventData"] = event_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event = d.pop("event")

        def _parse_task_id(data: object) -> int | str:
            return cast(int | str, data)

        task_id = _parse_task_id(d.pop("taskId"))

        def _parse_event_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_data = _parse_event_data(d.pop("eventData", UNSET))

        task_end_event = cls(
            event=event,
            task_id=task_id,
            event_data=event_data,
        )

        task_end_event.additional_properties = d
        return task_end_event

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
