from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MurekaAiMurekaV76GenerateSongRequest")


@_attrs_define
class MurekaAiMurekaV76GenerateSongRequest:
    """Request body of mureka-v7.6/generate-song.

    Attributes:
        lyrics (str): song lyrics
        n (int): number of outputs
        melody_id (str | Unset): melodyId
        prompt (str | Unset): text prompt
        reference_id (str | Unset): referenceId
        stream (bool | Unset): stream Default: False.
        vocal_id (str | Unset): vocalId
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    lyrics: str
    n: int
    melody_id: str | Unset = UNSET
    prompt: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    stream: bool | Unset = False
    vocal_id: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lyrics = self.lyrics

        n = self.n

        melody_id = self.melody_id

        prompt = self.prompt

        reference_id = self.reference_id

        stream = self.stream

        vocal_id = self.vocal_id

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lyrics": lyrics,
                "n": n,
            }
        )
        if melody_id is not UNSET:
            field_dict["melodyId"] = melody_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if stream is not UNSET:
            field_dict["stream"] = stream
        if vocal_id is not UNSET:
            field_dict["vocalId"] = vocal_id
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lyrics = d.pop("lyrics")

        n = d.pop("n")

        melody_id = d.pop("melodyId", UNSET)

        prompt = d.pop("prompt", UNSET)

        reference_id = d.pop("referenceId", UNSET)

        stream = d.pop("stream", UNSET)

        vocal_id = d.pop("vocalId", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        mureka_ai_mureka_v76_generate_song_request = cls(
            lyrics=lyrics,
            n=n,
            melody_id=melody_id,
            prompt=prompt,
            reference_id=reference_id,
            stream=stream,
            vocal_id=vocal_id,
            webhook_url=webhook_url,
        )

        mureka_ai_mureka_v76_generate_song_request.additional_properties = d
        return mureka_ai_mureka_v76_generate_song_request

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
