from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.node_info import NodeInfo


T = TypeVar("T", bound="QuickCreateRunRequest")


@_attrs_define
class QuickCreateRunRequest:
    """
    Attributes:
        api_key (str):
        node_info_list (list[NodeInfo]):
        quick_create_code (str): Quick-create code, such as "002".
        webapp_id (int | str):
    """

    api_key: str
    node_info_list: list[NodeInfo]
    quick_create_code: str
    webapp_id: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        node_info_list = []
        for node_info_list_item_data in self.node_info_list:
            node_info_list_item = node_info_list_item_data.to_dict()
            node_info_list.append(node_info_list_item)

        quick_create_code = self.quick_create_code

        webapp_id: int | str
        webapp_id = self.webapp_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "nodeInfoList": node_info_list,
                "quickCreateCode": quick_create_code,
                "webappId": webapp_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.node_info import NodeInfo

        d = dict(src_dict)
        api_key = d.pop("apiKey")

        node_info_list = []
        _node_info_list = d.pop("nodeInfoList")
        for node_info_list_item_data in _node_info_list:
            node_info_list_item = NodeInfo.from_dict(node_info_list_item_data)

            node_info_list.append(node_info_list_item)

        quick_create_code = d.pop("quickCreateCode")

        def _parse_webapp_id(data: object) -> int | str:
            return cast(int | str, data)

        webapp_id = _parse_webapp_id(d.pop("webappId"))

        quick_create_run_request = cls(
            api_key=api_key,
            node_info_list=node_info_list,
            quick_create_code=quick_create_code,
            webapp_id=webapp_id,
        )

        quick_create_run_request.additional_properties = d
        return quick_create_run_request

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
