from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mureka_ai_mureka_v8_extend_song_request_extend_type import (
    MurekaAiMurekaV8ExtendSongRequestExtendType,
    check_mureka_ai_mureka_v8_extend_song_request_extend_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MurekaAiMurekaV8ExtendSongRequest")


@_attrs_define
class MurekaAiMurekaV8ExtendSongRequest:
    """Request body of mureka-v8/extend-song.

    Attributes:
        extend_at (int): extendAt
        file_url (str): fileUrl
        lyrics (str): song lyrics
        extend_type (MurekaAiMurekaV8ExtendSongRequestExtendType | Unset): extendType Default: 'tail'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    extend_at: int
    file_url: str
    lyrics: str
    extend_type: MurekaAiMurekaV8ExtendSongRequestExtendType | Unset = "tail"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extend_at = self.extend_at

        file_url = self.file_url

        lyrics = self.lyrics

        extend_type: str | Unset = UNSET
        if not isinstance(self.extend_type, Unset):
            extend_type = self.extend_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extendAt": extend_at,
                "fileUrl": file_url,
                "lyrics": lyrics,
            }
        )
        if extend_type is not UNSET:
            field_dict["extendType"] = extend_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        extend_at = d.pop("extendAt")

        file_url = d.pop("fileUrl")

        lyrics = d.pop("lyrics")

        _extend_type = d.pop("extendType", UNSET)
        extend_type: MurekaAiMurekaV8ExtendSongRequestExtendType | Unset
        if isinstance(_extend_type, Unset):
            extend_type = UNSET
        else:
            extend_type = check_mureka_ai_mureka_v8_extend_song_request_extend_type(
                _extend_type
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        mureka_ai_mureka_v8_extend_song_request = cls(
            extend_at=extend_at,
            file_url=file_url,
            lyrics=lyrics,
            extend_type=extend_type,
            webhook_url=webhook_url,
        )

        mureka_ai_mureka_v8_extend_song_request.additional_properties = d
        return mureka_ai_mureka_v8_extend_song_request

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
