from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_audio_text_to_audio_music_25_request_bitrate import (
    RhartAudioTextToAudioMusic25RequestBitrate,
    check_rhart_audio_text_to_audio_music_25_request_bitrate,
)
from ..models.rhart_audio_text_to_audio_music_25_request_sample_rate import (
    RhartAudioTextToAudioMusic25RequestSampleRate,
    check_rhart_audio_text_to_audio_music_25_request_sample_rate,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartAudioTextToAudioMusic25Request")


@_attrs_define
class RhartAudioTextToAudioMusic25Request:
    """Request body of minimax/music-2.5.

    Attributes:
        lyrics (str): song lyrics
        prompt (str): text prompt
        bitrate (RhartAudioTextToAudioMusic25RequestBitrate | Unset): bitrate Default: '256000'.
        sample_rate (RhartAudioTextToAudioMusic25RequestSampleRate | Unset): sampleRate Default: '44100'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    lyrics: str
    prompt: str
    bitrate: RhartAudioTextToAudioMusic25RequestBitrate | Unset = "256000"
    sample_rate: RhartAudioTextToAudioMusic25RequestSampleRate | Unset = "44100"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lyrics = self.lyrics

        prompt = self.prompt

        bitrate: str | Unset = UNSET
        if not isinstance(self.bitrate, Unset):
            bitrate = self.bitrate

        sample_rate: str | Unset = UNSET
        if not isinstance(self.sample_rate, Unset):
            sample_rate = self.sample_rate

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lyrics": lyrics,
                "prompt": prompt,
            }
        )
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if sample_rate is not UNSET:
            field_dict["sampleRate"] = sample_rate
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lyrics = d.pop("lyrics")

        prompt = d.pop("prompt")

        _bitrate = d.pop("bitrate", UNSET)
        bitrate: RhartAudioTextToAudioMusic25RequestBitrate | Unset
        if isinstance(_bitrate, Unset):
            bitrate = UNSET
        else:
            bitrate = check_rhart_audio_text_to_audio_music_25_request_bitrate(_bitrate)

        _sample_rate = d.pop("sampleRate", UNSET)
        sample_rate: RhartAudioTextToAudioMusic25RequestSampleRate | Unset
        if isinstance(_sample_rate, Unset):
            sample_rate = UNSET
        else:
            sample_rate = check_rhart_audio_text_to_audio_music_25_request_sample_rate(
                _sample_rate
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_audio_text_to_audio_music_25_request = cls(
            lyrics=lyrics,
            prompt=prompt,
            bitrate=bitrate,
            sample_rate=sample_rate,
            webhook_url=webhook_url,
        )

        rhart_audio_text_to_audio_music_25_request.additional_properties = d
        return rhart_audio_text_to_audio_music_25_request

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
