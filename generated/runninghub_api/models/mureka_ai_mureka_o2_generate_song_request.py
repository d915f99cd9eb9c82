from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MurekaAiMurekaO2GenerateSongRequest")


@_attrs_define
class MurekaAiMurekaO2GenerateSongRequest:
    """Request body of mureka-o2/generate-song.

    Attributes:
        lyrics (str): song lyrics
        n (int): number of outputs
        prompt (str | Unset): text prompt
        reference_id (str | Unset): referenceId
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    lyrics: str
    n: int
    prompt: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lyrics = self.lyrics

        n = self.n

        prompt = self.prompt

        reference_id = self.reference_id

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lyrics": lyrics,
                "n": n,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lyrics = d.pop("lyrics")

        n = d.pop("n")

        prompt = d.pop("prompt", UNSET)

        reference_id = d.pop("referenceId", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        mureka_ai_mureka_o2_generate_song_request = cls(
            lyrics=lyrics,
            n=n,
            prompt=prompt,
            reference_id=reference_id,
            webhook_url=webhook_url,
        )

        mureka_ai_mureka_o2_generate_song_request.additional_properties = d
        return mureka_ai_mureka_o2_generate_song_request

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
