from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_call_demo_data_statistics_info_type_0 import (
        ApiCallDemoDataStatisticsInfoType0,
    )
    from ..models.app_cover import AppCover
    from ..models.app_node_info import AppNodeInfo
    from ..models.app_tag import AppTag


T = TypeVar("T", bound="ApiCallDemoData")


@_attrs_define
class ApiCallDemoData:
    """
    Attributes:
        access_encrypted (bool | None | Unset): True when the app needs an accessPassword (two third-party SDKs; not in
            the docs).
        covers (list[AppCover] | None | Unset):
        curl (None | str | Unset): A curl command line that runs the app.
        node_info_list (list[AppNodeInfo] | None | Unset): The app's editable inputs, with their current values and
            fieldType.
        statistics_info (ApiCallDemoDataStatisticsInfoType0 | None | Unset): Usage counts as decimal strings (likeCount,
            downloadCount, useCount, pv, collectCount).
        tags (list[AppTag] | None | Unset):
        url (None | str | Unset): The older docs' name of the curl command (the official export answers `curl`).
        webapp_name (None | str | Unset):
    """

    access_encrypted: bool | None | Unset = UNSET
    covers: list[AppCover] | None | Unset = UNSET
    curl: None | str | Unset = UNSET
    node_info_list: list[AppNodeInfo] | None | Unset = UNSET
    statistics_info: ApiCallDemoDataStatisticsInfoType0 | None | Unset = UNSET
    tags: list[AppTag] | None | Unset = UNSET
    url: None | str | Unset = UNSET
    webapp_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_call_demo_data_statistics_info_type_0 import (
            ApiCallDemoDataStatisticsInfoType0,
        )

        access_encrypted: bool | None | Unset
        if isinstance(self.access_encrypted, Unset):
            access_encrypted = UNSET
        else:
            access_encrypted = self.access_encrypted

        covers: list[dict[str, Any]] | None | Unset
        if isinstance(self.covers, Unset):
            covers = UNSET
        elif isinstance(self.covers, list):
            covers = []
            for covers_type_0_item_data in self.covers:
                covers_type_0_item = covers_type_0_item_data.to_dict()
                covers.append(covers_type_0_item)

        else:
            covers = self.covers

        curl: None | str | Unset
        if isinstance(self.curl, Unset):
            curl = UNSET
        else:
            curl = self.curl

        node_info_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.node_info_list, Unset):
            node_info_list = UNSET
        elif isinstance(self.node_info_list, list):
            node_info_list = []
            for node_info_list_type_0_item_data in self.node_info_list:
                node_info_list_type_0_item = node_info_list_type_0_item_data.to_dict()
                node_info_list.append(node_info_list_type_0_item)

        else:
            node_info_list = self.node_info_list

        statistics_info: dict[str, Any] | None | Unset
        if isinstance(self.statistics_info, Unset):
            statistics_info = UNSET
        elif isinstance(self.statistics_info, ApiCallDemoDataStatisticsInfoType0):
            statistics_info = self.statistics_info.to_dict()
        else:
            statistics_info = self.statistics_info

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        webapp_name: None | str | Unset
        if isinstance(self.webapp_name, Unset):
            webapp_name = UNSET
        else:
            webapp_name = self.webapp_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_encrypted is not UNSET:
            field_dict["accessEncrypted"] = access_encrypted
        if covers is not UNSET:
            field_dict["covers"] = covers
        if curl is not UNSET:
            field_dict["curl"] = curl
        if node_info_list is not UNSET:
            field_dict["nodeInfoList"] = node_info_list
        if statistics_info is not UNSET:
            field_dict["statisticsInfo"] = statistics_info
        if tags is not UNSET:
            field_dict["tags"] = tags
        if url is not UNSET:
            field_dict["url"] = url
        if webapp_name is not UNSET:
            field_dict["webappName"] = webapp_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_call_demo_data_statistics_info_type_0 import (
            ApiCallDemoDataStatisticsInfoType0,
        )
        from ..models.app_cover import AppCover
        from ..models.app_node_info import AppNodeInfo
        from ..models.app_tag import AppTag

        d = dict(src_dict)

        def _parse_access_encrypted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        access_encrypted = _parse_access_encrypted(d.pop("accessEncrypted", UNSET))

        def _parse_covers(data: object) -> list[AppCover] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                covers_type_0 = []
                _covers_type_0 = data
                for covers_type_0_item_data in _covers_type_0:
                    covers_type_0_item = AppCover.from_dict(covers_type_0_item_data)

                    covers_type_0.append(covers_type_0_item)

                return covers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AppCover] | None | Unset, data)

        covers = _parse_covers(d.pop("covers", UNSET))

        def _parse_curl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        curl = _parse_curl(d.pop("curl", UNSET))

        def _parse_node_info_list(data: object) -> list[AppNodeInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                node_info_list_type_0 = []
                _node_info_list_type_0 = data
                for node_info_list_type_0_item_data in _node_info_list_type_0:
                    node_info_list_type_0_item = AppNodeInfo.from_dict(
                        node_info_list_type_0_item_data
                    )

                    node_info_list_type_0.append(node_info_list_type_0_item)

                return node_info_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AppNodeInfo] | None | Unset, data)

        node_info_list = _parse_node_info_list(d.pop("nodeInfoList", UNSET))

        def _parse_statistics_info(
            data: object,
        ) -> ApiCallDemoDataStatisticsInfoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                statistics_info_type_0 = ApiCallDemoDataStatisticsInfoType0.from_dict(
                    data
                )

                return statistics_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiCallDemoDataStatisticsInfoType0 | None | Unset, data)

        statistics_info = _parse_statistics_info(d.pop("statisticsInfo", UNSET))

        def _parse_tags(data: object) -> list[AppTag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = AppTag.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AppTag] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_webapp_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webapp_name = _parse_webapp_name(d.pop("webappName", UNSET))

        api_call_demo_data = cls(
            access_encrypted=access_encrypted,
            covers=covers,
            curl=curl,
            node_info_list=node_info_list,
            statistics_info=statistics_info,
            tags=tags,
            url=url,
            webapp_name=webapp_name,
        )

        api_call_demo_data.additional_properties = d
        return api_call_demo_data

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
