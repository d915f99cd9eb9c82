from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LegacyTaskRequest")


@_attrs_define
class LegacyTaskRequest:
    """
    Attributes:
        api_key (str):
        task_id (int | str): Task id. Documented as int64 and shown as a string; a JSON number of 19 digits loses
            precision in JavaScript, so read it as a string (lenient reading: both accepted).
    """

    api_key: str
    task_id: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        task_id: int | str
        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "taskId": task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        def _parse_task_id(data: object) -> int | str:
            return cast(int | str, data)

        task_id = _parse_task_id(d.pop("taskId"))

        legacy_task_request = cls(
            api_key=api_key,
            task_id=task_id,
        )

        legacy_task_request.additional_properties = d
        return legacy_task_request

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
