from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_audio_text_to_audio_speech_02_turbo_request_emotion import (
    RhartAudioTextToAudioSpeech02TurboRequestEmotion,
    check_rhart_audio_text_to_audio_speech_02_turbo_request_emotion,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartAudioTextToAudioSpeech02TurboRequest")


@_attrs_define
class RhartAudioTextToAudioSpeech02TurboRequest:
    """Request body of minimax/speech-02-turbo.

    Attributes:
        enable_base64_output (bool): enable base64 output
        english_normalization (bool): english normalization
        text (str): text to synthesise
        voice_id (str): voice id
        emotion (RhartAudioTextToAudioSpeech02TurboRequestEmotion | Unset): emotion preset Default: 'happy'.
        pitch (int | Unset): pitch Default: 0.
        pronunciation_dict (list[str] | Unset): pronunciation dict
        speed (float | Unset): speech speed Default: 1.0.
        volume (float | Unset): volume Default: 1.0.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    enable_base64_output: bool
    english_normalization: bool
    text: str
    voice_id: str
    emotion: RhartAudioTextToAudioSpeech02TurboRequestEmotion | Unset = "happy"
    pitch: int | Unset = 0
    pronunciation_dict: list[str] | Unset = UNSET
    speed: float | Unset = 1.0
    volume: float | Unset = 1.0
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_base64_output = self.enable_base64_output

        english_normalization = self.english_normalization

        text = self.text

        voice_id = self.voice_id

        emotion: str | Unset = UNSET
        if not isinstance(self.emotion, Unset):
            emotion = self.emotion

        pitch = self.pitch

        pronunciation_dict: list[str] | Unset = UNSET
        if not isinstance(self.pronunciation_dict, Unset):
            pronunciation_dict = self.pronunciation_dict

        speed = self.speed

        volume = self.volume

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enable_base64_output": enable_base64_output,
                "english_normalization": english_normalization,
                "text": text,
                "voice_id": voice_id,
            }
        )
        if emotion is not UNSET:
            field_dict["emotion"] = emotion
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if pronunciation_dict is not UNSET:
            field_dict["pronunciation_dict"] = pronunciation_dict
        if speed is not UNSET:
            field_dict["speed"] = speed
        if volume is not UNSET:
            field_dict["volume"] = volume
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enable_base64_output = d.pop("enable_base64_output")

        english_normalization = d.pop("english_normalization")

        text = d.pop("text")

        voice_id = d.pop("voice_id")

        _emotion = d.pop("emotion", UNSET)
        emotion: RhartAudioTextToAudioSpeech02TurboRequestEmotion | Unset
        if isinstance(_emotion, Unset):
            emotion = UNSET
        else:
            emotion = check_rhart_audio_text_to_audio_speech_02_turbo_request_emotion(
                _emotion
            )

        pitch = d.pop("pitch", UNSET)

        pronunciation_dict = cast(list[str], d.pop("pronunciation_dict", UNSET))

        speed = d.pop("speed", UNSET)

        volume = d.pop("volume", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_audio_text_to_audio_speech_02_turbo_request = cls(
            enable_base64_output=enable_base64_output,
            english_normalization=english_normalization,
            text=text,
            voice_id=voice_id,
            emotion=emotion,
            pitch=pitch,
            pronunciation_dict=pronunciation_dict,
            speed=speed,
            volume=volume,
            webhook_url=webhook_url,
        )

        rhart_audio_text_to_audio_speech_02_turbo_request.additional_properties = d
        return rhart_audio_text_to_audio_speech_02_turbo_request

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
