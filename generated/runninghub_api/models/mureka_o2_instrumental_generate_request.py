from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MurekaO2InstrumentalGenerateRequest")


@_attrs_define
class MurekaO2InstrumentalGenerateRequest:
    """Request body of mureka-o2/instrumental-generate.

    Attributes:
        n (int): number of outputs
        instrumental_id (str | Unset): instrumentalId
        prompt (str | Unset): text prompt
        stream (bool | Unset): stream Default: False.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    n: int
    instrumental_id: str | Unset = UNSET
    prompt: str | Unset = UNSET
    stream: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        n = self.n

        instrumental_id = self.instrumental_id

        prompt = self.prompt

        stream = self.stream

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "n": n,
            }
        )
        if instrumental_id is not UNSET:
            field_dict["instrumentalId"] = instrumental_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if stream is not UNSET:
            field_dict["stream"] = stream
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        n = d.pop("n")

        instrumental_id = d.pop("instrumentalId", UNSET)

        prompt = d.pop("prompt", UNSET)

        stream = d.pop("stream", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        mureka_o2_instrumental_generate_request = cls(
            n=n,
            instrumental_id=instrumental_id,
            prompt=prompt,
            stream=stream,
            webhook_url=webhook_url,
        )

        mureka_o2_instrumental_generate_request.additional_properties = d
        return mureka_o2_instrumental_generate_request

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
