from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKeyInfo")


@_attrs_define
class ApiKeyInfo:
    """
    Attributes:
        api_key_name (None | str | Unset):
        created_at (int | None | str | Unset):
        expire_at (int | None | str | Unset):
        expire_in_minute (int | None | str | Unset):
        key (None | str | Unset): Masked, e.g. 46eb********06340.
        quota_limit (float | None | str | Unset):
        quota_used (float | None | str | Unset):
        status (int | None | str | Unset): 1 = enabled.
        visible (bool | None | Unset):
    """

    api_key_name: None | str | Unset = UNSET
    created_at: int | None | str | Unset = UNSET
    expire_at: int | None | str | Unset = UNSET
    expire_in_minute: int | None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    quota_limit: float | None | str | Unset = UNSET
    quota_used: float | None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    visible: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_name: None | str | Unset
        if isinstance(self.api_key_name, Unset):
            api_key_name = UNSET
        else:
            api_key_name = self.api_key_name

        created_at: int | None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        expire_at: int | None | str | Unset
        if isinstance(self.expire_at, Unset):
            expire_at = UNSET
        else:
            expire_at = self.expire_at

        expire_in_minute: int | None | str | Unset
        if isinstance(self.expire_in_minute, Unset):
            expire_in_minute = UNSET
        else:
            expire_in_minute = self.expire_in_minute

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        quota_limit: float | None | str | Unset
        if isinstance(self.quota_limit, Unset):
            quota_limit = UNSET
        else:
            quota_limit = self.quota_limit

        quota_used: float | None | str | Unset
        if isinstance(self.quota_used, Unset):
            quota_used = UNSET
        else:
            quota_used = self.quota_used

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        visible: bool | None | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        else:
            visible = self.visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_name is not UNSET:
            field_dict["apiKeyName"] = api_key_name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if expire_at is not UNSET:
            field_dict["expireAt"] = expire_at
        if expire_in_minute is not UNSET:
            field_dict["expireInMinute"] = expire_in_minute
        if key is not UNSET:
            field_dict["key"] = key
        if quota_limit is not UNSET:
            field_dict["quotaLimit"] = quota_limit
        if quota_used is not UNSET:
            field_dict["quotaUsed"] = quota_used
        if status is not UNSET:
            field_dict["status"] = status
        if visible is not UNSET:
            field_dict["visible"] = visible

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_api_key_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key_name = _parse_api_key_name(d.pop("apiKeyName", UNSET))

        def _parse_created_at(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_expire_at(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        expire_at = _parse_expire_at(d.pop("expireAt", UNSET))

        def _parse_expire_in_minute(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        expire_in_minute = _parse_expire_in_minute(d.pop("expireInMinute", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_quota_limit(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        quota_limit = _parse_quota_limit(d.pop("quotaLimit", UNSET))

        def _parse_quota_used(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        quota_used = _parse_quota_used(d.pop("quotaUsed", UNSET))

        def _parse_status(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_visible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        visible = _parse_visible(d.pop("visible", UNSET))

        api_key_info = cls(
            api_key_name=api_key_name,
            created_at=created_at,
            expire_at=expire_at,
            expire_in_minute=expire_in_minute,
            key=key,
            quota_limit=quota_limit,
            quota_used=quota_used,
            status=status,
            visible=visible,
        )

        api_key_info.additional_properties = d
        return api_key_info

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
