from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetCreateRequest")


@_attrs_define
class AssetCreateRequest:
    """The official client always sends all four fields; which ones the server requires is not published, so only `url` is
    required here (lenient reading).

        Attributes:
            url (str): The media URL (a v2-upload download_url).
            asset_type (str | Unset): Image, Video or Audio (capitalised, as the official client sends it). Open set.
            group_id (str | Unset): The group to add the asset to.
            name (str | Unset):
    """

    url: str
    asset_type: str | Unset = UNSET
    group_id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        asset_type = self.asset_type

        group_id = self.group_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        asset_type = d.pop("assetType", UNSET)

        group_id = d.pop("groupId", UNSET)

        name = d.pop("name", UNSET)

        asset_create_request = cls(
            url=url,
            asset_type=asset_type,
            group_id=group_id,
            name=name,
        )

        asset_create_request.additional_properties = d
        return asset_create_request

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
