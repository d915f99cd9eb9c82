from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Marble11PlusTextToWorldRequest")


@_attrs_define
class Marble11PlusTextToWorldRequest:
    """Request body of marble-1.1-plus/text-to-world.

    Attributes:
        disable_recaption (bool | Unset): disable recaption Default: False.
        display_name (str | Unset): display name
        permission_allow_id_access (bool | Unset): permission allow id access Default: False.
        permission_allowed_readers (str | Unset): permission allowed readers
        permission_allowed_writers (str | Unset): permission allowed writers
        permission_public (bool | Unset): permission public Default: False.
        prompt (str | Unset): prompt
        seed (int | Unset): seed
        tags (str | Unset): tags
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    disable_recaption: bool | Unset = False
    display_name: str | Unset = UNSET
    permission_allow_id_access: bool | Unset = False
    permission_allowed_readers: str | Unset = UNSET
    permission_allowed_writers: str | Unset = UNSET
    permission_public: bool | Unset = False
    prompt: str | Unset = UNSET
    seed: int | Unset = UNSET
    tags: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disable_recaption = self.disable_recaption

        display_name = self.display_name

        permission_allow_id_access = self.permission_allow_id_access

        permission_allowed_readers = self.permission_allowed_readers

        permission_allowed_writers = self.permission_allowed_writers

        permission_public = self.permission_public

        prompt = self.prompt

        seed = self.seed

        tags = self.tags

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disable_recaption is not UNSET:
            field_dict["disableRecaption"] = disable_recaption
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if permission_allow_id_access is not UNSET:
            field_dict["permissionAllowIdAccess"] = permission_allow_id_access
        if permission_allowed_readers is not UNSET:
            field_dict["permissionAllowedReaders"] = permission_allowed_readers
        if permission_allowed_writers is not UNSET:
            field_dict["permissionAllowedWriters"] = permission_allowed_writers
        if permission_public is not UNSET:
            field_dict["permissionPublic"] = permission_public
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if tags is not UNSET:
            field_dict["tags"] = tags
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        disable_recaption = d.pop("disableRecaption", UNSET)

        display_name = d.pop("displayName", UNSET)

        permission_allow_id_access = d.pop("permissionAllowIdAccess", UNSET)

        permission_allowed_readers = d.pop("permissionAllowedReaders", UNSET)

        permission_allowed_writers = d.pop("permissionAllowedWriters", UNSET)

        permission_public = d.pop("permissionPublic", UNSET)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        tags = d.pop("tags", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        marble_11_plus_text_to_world_request = cls(
            disable_recaption=disable_recaption,
            display_name=display_name,
            permission_allow_id_access=permission_allow_id_access,
            permission_allowed_readers=permission_allowed_readers,
            permission_allowed_writers=permission_allowed_writers,
            permission_public=permission_public,
            prompt=prompt,
            seed=seed,
            tags=tags,
            webhook_url=webhook_url,
        )

        marble_11_plus_text_to_world_request.additional_properties = d
        return marble_11_plus_text_to_world_request

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
