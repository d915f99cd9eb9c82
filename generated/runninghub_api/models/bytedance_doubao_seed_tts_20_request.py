from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bytedance_doubao_seed_tts_20_request_explicit_language import (
    BytedanceDoubaoSeedTts20RequestExplicitLanguage,
    check_bytedance_doubao_seed_tts_20_request_explicit_language,
)
from ..models.bytedance_doubao_seed_tts_20_request_format import (
    BytedanceDoubaoSeedTts20RequestFormat,
    check_bytedance_doubao_seed_tts_20_request_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BytedanceDoubaoSeedTts20Request")


@_attrs_define
class BytedanceDoubaoSeedTts20Request:
    """Request body of doubao-seed-tts-2.0.

    Attributes:
        speaker (str): speaker
        text (str): text to synthesise
        bit_rate (int | Unset): bit_rate
        disable_emoji_filter (bool | Unset): disable_emoji_filter Default: False.
        disable_markdown_filter (bool | Unset): disable_markdown_filter Default: False.
        enable_latex_tn (bool | Unset): enable_latex_tn Default: False.
        enable_subtitle (bool | Unset): enable_subtitle Default: False.
        explicit_dialect (str | Unset): explicit_dialect
        explicit_language (BytedanceDoubaoSeedTts20RequestExplicitLanguage | Unset): explicit_language
        format_ (BytedanceDoubaoSeedTts20RequestFormat | Unset): format Default: 'mp3'.
        loudness_rate (int | Unset): loudness_rate Default: 0.
        max_length_to_filter_parenthesis (int | Unset): max_length_to_filter_parenthesis Default: 100.
        pitch (int | Unset): pitch
        sample_rate (str | Unset): sample_rate
        silence_duration (int | Unset): silence_duration
        speech_rate (int | Unset): speech_rate Default: 0.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    speaker: str
    text: str
    bit_rate: int | Unset = UNSET
    disable_emoji_filter: bool | Unset = False
    disable_markdown_filter: bool | Unset = False
    enable_latex_tn: bool | Unset = False
    enable_subtitle: bool | Unset = False
    explicit_dialect: str | Unset = UNSET
    explicit_language: BytedanceDoubaoSeedTts20RequestExplicitLanguage | Unset = UNSET
    format_: BytedanceDoubaoSeedTts20RequestFormat | Unset = "mp3"
    loudness_rate: int | Unset = 0
    max_length_to_filter_parenthesis: int | Unset = 100
    pitch: int | Unset = UNSET
    sample_rate: str | Unset = UNSET
    silence_duration: int | Unset = UNSET
    speech_rate: int | Unset = 0
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speaker = self.speaker

        text = self.text

        bit_rate = self.bit_rate

        disable_emoji_filter = self.disable_emoji_filter

        disable_markdown_filter = self.disable_markdown_filter

        enable_latex_tn = self.enable_latex_tn

        enable_subtitle = self.enable_subtitle

        explicit_dialect = self.explicit_dialect

        explicit_language: str | Unset = UNSET
        if not isinstance(self.explicit_language, Unset):
            explicit_language = self.explicit_language

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        loudness_rate = self.loudness_rate

        max_length_to_filter_parenthesis = self.max_length_to_filter_parenthesis

        pitch = self.pitch

        sample_rate = self.sample_rate

        silence_duration = self.silence_duration

        speech_rate = self.speech_rate

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speaker": speaker,
                "text": text,
            }
        )
        if bit_rate is not UNSET:
            field_dict["bit_rate"] = bit_rate
        if disable_emoji_filter is not UNSET:
            field_dict["disable_emoji_filter"] = disable_emoji_filter
        if disable_markdown_filter is not UNSET:
            field_dict["disable_markdown_filter"] = disable_markdown_filter
        if enable_latex_tn is not UNSET:
            field_dict["enable_latex_tn"] = enable_latex_tn
        if enable_subtitle is not UNSET:
            field_dict["enable_subtitle"] = enable_subtitle
        if explicit_dialect is not UNSET:
            field_dict["explicit_dialect"] = explicit_dialect
        if explicit_language is not UNSET:
            field_dict["explicit_language"] = explicit_language
        if format_ is not UNSET:
            field_dict["format"] = format_
        if loudness_rate is not UNSET:
            field_dict["loudness_rate"] = loudness_rate
        if max_length_to_filter_parenthesis is not UNSET:
            field_dict["max_length_to_filter_parenthesis"] = (
                max_length_to_filter_parenthesis
            )
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if silence_duration is not UNSET:
            field_dict["silence_duration"] = silence_duration
        if speech_rate is not UNSET:
            field_dict["speech_rate"] = speech_rate
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        speaker = d.pop("speaker")

        text = d.pop("text")

        bit_rate = d.pop("bit_rate", UNSET)

        disable_emoji_filter = d.pop("disable_emoji_filter", UNSET)

        disable_markdown_filter = d.pop("disable_markdown_filter", UNSET)

        enable_latex_tn = d.pop("enable_latex_tn", UNSET)

        enable_subtitle = d.pop("enable_subtitle", UNSET)

        explicit_dialect = d.pop("explicit_dialect", UNSET)

        _explicit_language = d.pop("explicit_language", UNSET)
        explicit_language: BytedanceDoubaoSeedTts20RequestExplicitLanguage | Unset
        if isinstance(_explicit_language, Unset):
            explicit_language = UNSET
        else:
            explicit_language = (
                check_bytedance_doubao_seed_tts_20_request_explicit_language(
                    _explicit_language
                )
            )

        _format_ = d.pop("format", UNSET)
        format_: BytedanceDoubaoSeedTts20RequestFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_bytedance_doubao_seed_tts_20_request_format(_format_)

        loudness_rate = d.pop("loudness_rate", UNSET)

        max_length_to_filter_parenthesis = d.pop(
            "max_length_to_filter_parenthesis", UNSET
        )

        pitch = d.pop("pitch", UNSET)

        sample_rate = d.pop("sample_rate", UNSET)

        silence_duration = d.pop("silence_duration", UNSET)

        speech_rate = d.pop("speech_rate", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        bytedance_doubao_seed_tts_20_request = cls(
            speaker=speaker,
            text=text,
            bit_rate=bit_rate,
            disable_emoji_filter=disable_emoji_filter,
            disable_markdown_filter=disable_markdown_filter,
            enable_latex_tn=enable_latex_tn,
            enable_subtitle=enable_subtitle,
            explicit_dialect=explicit_dialect,
            explicit_language=explicit_language,
            format_=format_,
            loudness_rate=loudness_rate,
            max_length_to_filter_parenthesis=max_length_to_filter_parenthesis,
            pitch=pitch,
            sample_rate=sample_rate,
            silence_duration=silence_duration,
            speech_rate=speech_rate,
            webhook_url=webhook_url,
        )

        bytedance_doubao_seed_tts_20_request.additional_properties = d
        return bytedance_doubao_seed_tts_20_request

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
