from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v2_task import V2Task


T = TypeVar("T", bound="TaskEndEvent")


@_attrs_define
class TaskEndEvent:
    """
    Attributes:
        event (str): TASK_END (open set).
        task_id (int | str): Task id. Documented as int64 and shown as a string; a JSON number of 19 digits loses
            precision in JavaScript, so read it as a string (lenient reading: both accepted).
        event_data (None | str | Unset | V2Task): Legacy tasks (workflow, AI App): a JSON string holding the
            /task/openapi/outputs reply ({code, msg, data}; inside it taskCostTime is a number). v2 tasks (model submits):
            the v2 task object itself, as an object (a real capture). Accept both.
    """

    event: str
    task_id: int | str
    event_data: None | str | Unset | V2Task = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.v2_task import V2Task

        event = self.event

        task_id: int | str
        task_id = self.task_id

        event_data: dict[str, Any] | None | str | Unset
        if isinstance(self.event_data, Unset):
            event_data = UNSET
        elif isinstance(self.event_data, V2Task):
            event_data = self.event_data.to_dict()
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
        from ..models.v2_task import V2Task

        d = dict(src_dict)
        event = d.pop("event")

        def _parse_task_id(data: object) -> int | str:
            return cast(int | str, data)

        task_id = _parse_task_id(d.pop("taskId"))

        def _parse_event_data(data: object) -> None | str | Unset | V2Task:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_data_type_1 = V2Task.from_dict(data)

                return event_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | V2Task, data)

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
