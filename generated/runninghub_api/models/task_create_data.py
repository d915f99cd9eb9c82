from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskCreateData")


@_attrs_define
class TaskCreateData:
    """A created workflow, AI App or quick-create task.

    Attributes:
        client_id (None | str | Unset):
        net_wss_url (None | str | Unset): WebSocket URL for progress (documented as unstable).
        prompt_tips (None | str | Unset): ComfyUI validation result as a JSON string (result, error, outputs_to_execute,
            node_errors).
        task_id (int | str | Unset): Task id. Documented as int64 and shown as a string; a JSON number of 19 digits
            loses precision in JavaScript, so read it as a string (lenient reading: both accepted).
        task_status (str | Unset): Task status. Known values: CREATE and QUEUED (waiting), RUNNING, SUCCESS, FAILED,
            CANCEL (terminal). The set is open: a client must treat any other value as not finished.
    """

    client_id: None | str | Unset = UNSET
    net_wss_url: None | str | Unset = UNSET
    prompt_tips: None | str | Unset = UNSET
    task_id: int | str | Unset = UNSET
    task_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        net_wss_url: None | str | Unset
        if isinstance(self.net_wss_url, Unset):
            net_wss_url = UNSET
        else:
            net_wss_url = self.net_wss_url

        prompt_tips: None | str | Unset
        if isinstance(self.prompt_tips, Unset):
            prompt_tips = UNSET
        else:
            prompt_tips = self.prompt_tips

        task_id: int | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        task_status = self.task_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if net_wss_url is not UNSET:
            field_dict["netWssUrl"] = net_wss_url
        if prompt_tips is not UNSET:
            field_dict["promptTips"] = prompt_tips
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if task_status is not UNSET:
            field_dict["taskStatus"] = task_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

        def _parse_net_wss_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        net_wss_url = _parse_net_wss_url(d.pop("netWssUrl", UNSET))

        def _parse_prompt_tips(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_tips = _parse_prompt_tips(d.pop("promptTips", UNSET))

        def _parse_task_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        task_id = _parse_task_id(d.pop("taskId", UNSET))

        task_status = d.pop("taskStatus", UNSET)

        task_create_data = cls(
            client_id=client_id,
            net_wss_url=net_wss_url,
            prompt_tips=prompt_tips,
            task_id=task_id,
            task_status=task_status,
        )

        task_create_data.additional_properties = d
        return task_create_data

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
