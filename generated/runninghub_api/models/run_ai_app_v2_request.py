from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_info import NodeInfo


T = TypeVar("T", bound="RunAiAppV2Request")


@_attrs_define
class RunAiAppV2Request:
    """
    Attributes:
        node_info_list (list[NodeInfo]):
        instance_type (str | Unset): `default` (24 GB GPU), `plus` (48 GB GPU) or `ultra` (84 GB GPU; missing from the
            older docs, reported by third-party clients citing the official schema). Open set.
        retain_seconds (int | Unset): Keep the machine warm this many seconds after the task (10-180; 0 or absent =
            off), to avoid a cold start for the next task. Enterprise-shared keys only; billed extra. The platform stores 0
            when it is not sent. Lenient reading: 0 accepted (what the server stores).
        use_personal_queue (bool | Unset): Queue server-side (exclusive keys only).
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    node_info_list: list[NodeInfo]
    instance_type: str | Unset = UNSET
    retain_seconds: int | Unset = UNSET
    use_personal_queue: bool | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_info_list = []
        for node_info_list_item_data in self.node_info_list:
            node_info_list_item = node_info_list_item_data.to_dict()
            node_info_list.append(node_info_list_item)

        instance_type = self.instance_type

        retain_seconds = self.retain_seconds

        use_personal_queue = self.use_personal_queue

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodeInfoList": node_info_list,
            }
        )
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if retain_seconds is not UNSET:
            field_dict["retainSeconds"] = retain_seconds
        if use_personal_queue is not UNSET:
            field_dict["usePersonalQueue"] = use_personal_queue
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.node_info import NodeInfo

        d = dict(src_dict)
        node_info_list = []
        _node_info_list = d.pop("nodeInfoList")
        for node_info_list_item_data in _node_info_list:
            node_info_list_item = NodeInfo.from_dict(node_info_list_item_data)

            node_info_list.append(node_info_list_item)

        instance_type = d.pop("instanceType", UNSET)

        retain_seconds = d.pop("retainSeconds", UNSET)

        use_personal_queue = d.pop("usePersonalQueue", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        run_ai_app_v2_request = cls(
            node_info_list=node_info_list,
            instance_type=instance_type,
            retain_seconds=retain_seconds,
            use_personal_queue=use_personal_queue,
            webhook_url=webhook_url,
        )

        run_ai_app_v2_request.additional_properties = d
        return run_ai_app_v2_request

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
