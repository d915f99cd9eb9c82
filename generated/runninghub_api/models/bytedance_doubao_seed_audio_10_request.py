from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bytedance_doubao_seed_audio_10_request_format import (
    BytedanceDoubaoSeedAudio10RequestFormat,
    check_bytedance_doubao_seed_audio_10_request_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BytedanceDoubaoSeedAudio10Request")


@_attrs_define
class BytedanceDoubaoSeedAudio10Request:
    """Request body of doubao-seed-audio-1.0.

    Attributes:
        speech_rate (int): speech_rate
        text_prompt (str): text_prompt
        audio_url (list[str] | Unset): audio_url
        format_ (BytedanceDoubaoSeedAudio10RequestFormat | Unset): format Default: 'wav'.
        image_url (str | Unset): image_url
        loudness_rate (int | Unset): loudness_rate Default: 0.
        pitch_rate (int | Unset): pitch_rate Default: 0.
        sample_rate (str | Unset): sample_rate
        speaker (str | Unset): speaker
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    speech_rate: int
    text_prompt: str
    audio_url: list[str] | Unset = UNSET
    format_: BytedanceDoubaoSeedAudio10RequestFormat | Unset = "wav"
    image_url: str | Unset = UNSET
    loudness_rate: int | Unset = 0
    pitch_rate: int | Unset = 0
    sample_rate: str | Unset = UNSET
    speaker: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speech_rate = self.speech_rate

        text_prompt = self.text_prompt

        audio_url: list[str] | Unset = UNSET
        if not isinstance(self.audio_url, Unset):
            audio_url = self.audio_url

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        image_url = self.image_url

        loudness_rate = self.loudness_rate

        pitch_rate = self.pitch_rate

        sample_rate = self.sample_rate

        speaker = self.speaker

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speech_rate": speech_rate,
                "text_prompt": text_prompt,
            }
        )
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if format_ is not UNSET:
            field_dict["format"] = format_
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if loudness_rate is not UNSET:
            field_dict["loudness_rate"] = loudness_rate
        if pitch_rate is not UNSET:
            field_dict["pitch_rate"] = pitch_rate
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if speaker is not UNSET:
            field_dict["speaker"] = speaker
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        speech_rate = d.pop("speech_rate")

        text_prompt = d.pop("text_prompt")

        audio_url = cast(list[str], d.pop("audio_url", UNSET))

        _format_ = d.pop("format", UNSET)
        format_: BytedanceDoubaoSeedAudio10RequestFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_bytedance_doubao_seed_audio_10_request_format(_format_)

        image_url = d.pop("image_url", UNSET)

        loudness_rate = d.pop("loudness_rate", UNSET)

        pitch_rate = d.pop("pitch_rate", UNSET)

        sample_rate = d.pop("sample_rate", UNSET)

        speaker = d.pop("speaker", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        bytedance_doubao_seed_audio_10_request = cls(
            speech_rate=speech_rate,
            text_prompt=text_prompt,
            audio_url=audio_url,
            format_=format_,
            image_url=image_url,
            loudness_rate=loudness_rate,
            pitch_rate=pitch_rate,
            sample_rate=sample_rate,
            speaker=speaker,
            webhook_url=webhook_url,
        )

        bytedance_doubao_seed_audio_10_request.additional_properties = d
        return bytedance_doubao_seed_audio_10_request

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
