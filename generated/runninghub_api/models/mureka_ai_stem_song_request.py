from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mureka_ai_stem_song_request_model import (
    MurekaAiStemSongRequestModel,
    check_mureka_ai_stem_song_request_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MurekaAiStemSongRequest")


@_attrs_define
class MurekaAiStemSongRequest:
    """Request body of mureka-ai/stem-song.

    Attributes:
        model (MurekaAiStemSongRequestModel): model variant
        url (str): url
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    model: MurekaAiStemSongRequestModel
    url: str
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        url = self.url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "url": url,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_mureka_ai_stem_song_request_model(d.pop("model"))

        url = d.pop("url")

        webhook_url = d.pop("webhookUrl", UNSET)

        mureka_ai_stem_song_request = cls(
            model=model,
            url=url,
            webhook_url=webhook_url,
        )

        mureka_ai_stem_song_request.additional_properties = d
        return mureka_ai_stem_song_request

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
