from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_lip_sync_tts_request_voice_id import (
    KlingLipSyncTtsRequestVoiceId,
    check_kling_lip_sync_tts_request_voice_id,
)
from ..models.kling_lip_sync_tts_request_voice_language import (
    KlingLipSyncTtsRequestVoiceLanguage,
    check_kling_lip_sync_tts_request_voice_language,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingLipSyncTtsRequest")


@_attrs_define
class KlingLipSyncTtsRequest:
    """Request body of kling-lip-sync/tts.

    Attributes:
        text (str): text to synthesise
        voice_id (KlingLipSyncTtsRequestVoiceId): voice id
        voice_language (KlingLipSyncTtsRequestVoiceLanguage): voiceLanguage
        voice_speed (float | Unset): voiceSpeed Default: 1.0.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    text: str
    voice_id: KlingLipSyncTtsRequestVoiceId
    voice_language: KlingLipSyncTtsRequestVoiceLanguage
    voice_speed: float | Unset = 1.0
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice_id: str = self.voice_id

        voice_language: str = self.voice_language

        voice_speed = self.voice_speed

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "voiceId": voice_id,
                "voiceLanguage": voice_language,
            }
        )
        if voice_speed is not UNSET:
            field_dict["voiceSpeed"] = voice_speed
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        voice_id = check_kling_lip_sync_tts_request_voice_id(d.pop("voiceId"))

        voice_language = check_kling_lip_sync_tts_request_voice_language(
            d.pop("voiceLanguage")
        )

        voice_speed = d.pop("voiceSpeed", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_lip_sync_tts_request = cls(
            text=text,
            voice_id=voice_id,
            voice_language=voice_language,
            voice_speed=voice_speed,
            webhook_url=webhook_url,
        )

        kling_lip_sync_tts_request.additional_properties = d
        return kling_lip_sync_tts_request

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
