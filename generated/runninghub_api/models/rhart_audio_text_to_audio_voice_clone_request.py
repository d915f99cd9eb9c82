from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_audio_text_to_audio_voice_clone_request_language_boost import (
    RhartAudioTextToAudioVoiceCloneRequestLanguageBoost,
    check_rhart_audio_text_to_audio_voice_clone_request_language_boost,
)
from ..models.rhart_audio_text_to_audio_voice_clone_request_model import (
    RhartAudioTextToAudioVoiceCloneRequestModel,
    check_rhart_audio_text_to_audio_voice_clone_request_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartAudioTextToAudioVoiceCloneRequest")


@_attrs_define
class RhartAudioTextToAudioVoiceCloneRequest:
    """Request body of minimax/voice-clone.

    Attributes:
        audio (str): generate audio URL
        custom_voice_id (str): custom voice id
        model (RhartAudioTextToAudioVoiceCloneRequestModel): model variant
        need_noise_reduction (bool): need noise reduction
        need_volume_normalization (bool): need volume normalization
        text (str): text to synthesise
        accuracy (float | Unset): accuracy Default: 0.7.
        language_boost (RhartAudioTextToAudioVoiceCloneRequestLanguageBoost | Unset): language boost
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    audio: str
    custom_voice_id: str
    model: RhartAudioTextToAudioVoiceCloneRequestModel
    need_noise_reduction: bool
    need_volume_normalization: bool
    text: str
    accuracy: float | Unset = 0.7
    language_boost: RhartAudioTextToAudioVoiceCloneRequestLanguageBoost | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio

        custom_voice_id = self.custom_voice_id

        model: str = self.model

        need_noise_reduction = self.need_noise_reduction

        need_volume_normalization = self.need_volume_normalization

        text = self.text

        accuracy = self.accuracy

        language_boost: str | Unset = UNSET
        if not isinstance(self.language_boost, Unset):
            language_boost = self.language_boost

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "custom_voice_id": custom_voice_id,
                "model": model,
                "need_noise_reduction": need_noise_reduction,
                "need_volume_normalization": need_volume_normalization,
                "text": text,
            }
        )
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy
        if language_boost is not UNSET:
            field_dict["language_boost"] = language_boost
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio = d.pop("audio")

        custom_voice_id = d.pop("custom_voice_id")

        model = check_rhart_audio_text_to_audio_voice_clone_request_model(
            d.pop("model")
        )

        need_noise_reduction = d.pop("need_noise_reduction")

        need_volume_normalization = d.pop("need_volume_normalization")

        text = d.pop("text")

        accuracy = d.pop("accuracy", UNSET)

        _language_boost = d.pop("language_boost", UNSET)
        language_boost: RhartAudioTextToAudioVoiceCloneRequestLanguageBoost | Unset
        if isinstance(_language_boost, Unset):
            language_boost = UNSET
        else:
            language_boost = (
                check_rhart_audio_text_to_audio_voice_clone_request_language_boost(
                    _language_boost
                )
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_audio_text_to_audio_voice_clone_request = cls(
            audio=audio,
            custom_voice_id=custom_voice_id,
            model=model,
            need_noise_reduction=need_noise_reduction,
            need_volume_normalization=need_volume_normalization,
            text=text,
            accuracy=accuracy,
            language_boost=language_boost,
            webhook_url=webhook_url,
        )

        rhart_audio_text_to_audio_voice_clone_request.additional_properties = d
        return rhart_audio_text_to_audio_voice_clone_request

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
