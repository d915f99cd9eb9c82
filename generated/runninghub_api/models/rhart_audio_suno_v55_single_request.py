from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_audio_suno_v55_single_request_make_instrumental import (
    RhartAudioSunoV55SingleRequestMakeInstrumental,
    check_rhart_audio_suno_v55_single_request_make_instrumental,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartAudioSunoV55SingleRequest")


@_attrs_define
class RhartAudioSunoV55SingleRequest:
    """Request body of suno-single-v5.5.

    Attributes:
        description (str): free-text description
        make_instrumental (RhartAudioSunoV55SingleRequestMakeInstrumental | Unset): instrumental only (string
            "true"/"false") Default: 'false'.
        title (str | Unset): song title
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    description: str
    make_instrumental: RhartAudioSunoV55SingleRequestMakeInstrumental | Unset = "false"
    title: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        make_instrumental: str | Unset = UNSET
        if not isinstance(self.make_instrumental, Unset):
            make_instrumental = self.make_instrumental

        title = self.title

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
            }
        )
        if make_instrumental is not UNSET:
            field_dict["make_instrumental"] = make_instrumental
        if title is not UNSET:
            field_dict["title"] = title
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        _make_instrumental = d.pop("make_instrumental", UNSET)
        make_instrumental: RhartAudioSunoV55SingleRequestMakeInstrumental | Unset
        if isinstance(_make_instrumental, Unset):
            make_instrumental = UNSET
        else:
            make_instrumental = (
                check_rhart_audio_suno_v55_single_request_make_instrumental(
                    _make_instrumental
                )
            )

        title = d.pop("title", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_audio_suno_v55_single_request = cls(
            description=description,
            make_instrumental=make_instrumental,
            title=title,
            webhook_url=webhook_url,
        )

        rhart_audio_suno_v55_single_request.additional_properties = d
        return rhart_audio_suno_v55_single_request

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
