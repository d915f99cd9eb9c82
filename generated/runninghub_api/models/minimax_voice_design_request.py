from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxVoiceDesignRequest")


@_attrs_define
class MinimaxVoiceDesignRequest:
    """Request body of minimax/voice-design.

    Attributes:
        preview_text (str): preview text
        prompt (str): prompt
        aigc_watermark (bool | Unset): aigc watermark Default: False.
        voice_id (str | Unset): voice id
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    preview_text: str
    prompt: str
    aigc_watermark: bool | Unset = False
    voice_id: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preview_text = self.preview_text

        prompt = self.prompt

        aigc_watermark = self.aigc_watermark

        voice_id = self.voice_id

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "previewText": preview_text,
                "prompt": prompt,
            }
        )
        if aigc_watermark is not UNSET:
            field_dict["aigcWatermark"] = aigc_watermark
        if voice_id is not UNSET:
            field_dict["voiceId"] = voice_id
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        preview_text = d.pop("previewText")

        prompt = d.pop("prompt")

        aigc_watermark = d.pop("aigcWatermark", UNSET)

        voice_id = d.pop("voiceId", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        minimax_voice_design_request = cls(
            preview_text=preview_text,
            prompt=prompt,
            aigc_watermark=aigc_watermark,
            voice_id=voice_id,
            webhook_url=webhook_url,
        )

        minimax_voice_design_request.additional_properties = d
        return minimax_voice_design_request

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
