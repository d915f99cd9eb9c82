from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskRunningData")


@_attrs_define
class TaskRunningData:
    """`data` of /task/openapi/outputs while the task runs (code 804): its progress WebSocket.

    Attributes:
        net_wss_url (None | str | Unset): WebSocket URL for progress (documented as unstable).
    """

    net_wss_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        net_wss_url: None | str | Unset
        if isinstance(self.net_wss_url, Unset):
            net_wss_url = UNSET
        else:
            net_wss_url = self.net_wss_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if net_wss_url is not UNSET:
            field_dict["netWssUrl"] = net_wss_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_net_wss_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        net_wss_url = _parse_net_wss_url(d.pop("netWssUrl", UNSET))

        task_running_data = cls(
            net_wss_url=net_wss_url,
        )

        task_running_data.additional_properties = d
        return task_running_data

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
