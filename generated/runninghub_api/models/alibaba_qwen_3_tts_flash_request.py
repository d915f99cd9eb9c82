from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alibaba_qwen_3_tts_flash_request_language_type import (
    AlibabaQwen3TtsFlashRequestLanguageType,
    check_alibaba_qwen_3_tts_flash_request_language_type,
)
from ..models.alibaba_qwen_3_tts_flash_request_voice import (
    AlibabaQwen3TtsFlashRequestVoice,
    check_alibaba_qwen_3_tts_flash_request_voice,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlibabaQwen3TtsFlashRequest")


@_attrs_define
class AlibabaQwen3TtsFlashRequest:
    """Request body of qwen3-tts-flash.

    Attributes:
        text (str): text to synthesise
        voice (AlibabaQwen3TtsFlashRequestVoice): voice
        language_type (AlibabaQwen3TtsFlashRequestLanguageType | Unset): languageType Default: 'Auto'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    text: str
    voice: AlibabaQwen3TtsFlashRequestVoice
    language_type: AlibabaQwen3TtsFlashRequestLanguageType | Unset = "Auto"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice: str = self.voice

        language_type: str | Unset = UNSET
        if not isinstance(self.language_type, Unset):
            language_type = self.language_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "voice": voice,
            }
        )
        if language_type is not UNSET:
            field_dict["languageType"] = language_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        voice = check_alibaba_qwen_3_tts_flash_request_voice(d.pop("voice"))

        _language_type = d.pop("languageType", UNSET)
        language_type: AlibabaQwen3TtsFlashRequestLanguageType | Unset
        if isinstance(_language_type, Unset):
            language_type = UNSET
        else:
            language_type = check_alibaba_qwen_3_tts_flash_request_language_type(
                _language_type
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        alibaba_qwen_3_tts_flash_request = cls(
            text=text,
            voice=voice,
            language_type=language_type,
            webhook_url=webhook_url,
        )

        alibaba_qwen_3_tts_flash_request.additional_properties = d
        return alibaba_qwen_3_tts_flash_request

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
