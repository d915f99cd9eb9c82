from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimax_music_26_request_bitrate import (
    MinimaxMusic26RequestBitrate,
    check_minimax_music_26_request_bitrate,
)
from ..models.minimax_music_26_request_format import (
    MinimaxMusic26RequestFormat,
    check_minimax_music_26_request_format,
)
from ..models.minimax_music_26_request_sample_rate import (
    MinimaxMusic26RequestSampleRate,
    check_minimax_music_26_request_sample_rate,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxMusic26Request")


@_attrs_define
class MinimaxMusic26Request:
    """Request body of minimax/music-2.6.

    Attributes:
        bitrate (MinimaxMusic26RequestBitrate | Unset): bitrate Default: '256000'.
        format_ (MinimaxMusic26RequestFormat | Unset): format Default: 'mp3'.
        is_instrumental (bool | Unset): isInstrumental Default: False.
        lyrics (str | Unset): song lyrics
        lyrics_optimizer (bool | Unset): lyricsOptimizer Default: False.
        prompt (str | Unset): text prompt
        sample_rate (MinimaxMusic26RequestSampleRate | Unset): sampleRate Default: '44100'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    bitrate: MinimaxMusic26RequestBitrate | Unset = "256000"
    format_: MinimaxMusic26RequestFormat | Unset = "mp3"
    is_instrumental: bool | Unset = False
    lyrics: str | Unset = UNSET
    lyrics_optimizer: bool | Unset = False
    prompt: str | Unset = UNSET
    sample_rate: MinimaxMusic26RequestSampleRate | Unset = "44100"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitrate: str | Unset = UNSET
        if not isinstance(self.bitrate, Unset):
            bitrate = self.bitrate

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        is_instrumental = self.is_instrumental

        lyrics = self.lyrics

        lyrics_optimizer = self.lyrics_optimizer

        prompt = self.prompt

        sample_rate: str | Unset = UNSET
        if not isinstance(self.sample_rate, Unset):
            sample_rate = self.sample_rate

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if format_ is not UNSET:
            field_dict["format"] = format_
        if is_instrumental is not UNSET:
            field_dict["isInstrumental"] = is_instrumental
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if lyrics_optimizer is not UNSET:
            field_dict["lyricsOptimizer"] = lyrics_optimizer
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if sample_rate is not UNSET:
            field_dict["sampleRate"] = sample_rate
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _bitrate = d.pop("bitrate", UNSET)
        bitrate: MinimaxMusic26RequestBitrate | Unset
        if isinstance(_bitrate, Unset):
            bitrate = UNSET
        else:
            bitrate = check_minimax_music_26_request_bitrate(_bitrate)

        _format_ = d.pop("format", UNSET)
        format_: MinimaxMusic26RequestFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_minimax_music_26_request_format(_format_)

        is_instrumental = d.pop("isInstrumental", UNSET)

        lyrics = d.pop("lyrics", UNSET)

        lyrics_optimizer = d.pop("lyricsOptimizer", UNSET)

        prompt = d.pop("prompt", UNSET)

        _sample_rate = d.pop("sampleRate", UNSET)
        sample_rate: MinimaxMusic26RequestSampleRate | Unset
        if isinstance(_sample_rate, Unset):
            sample_rate = UNSET
        else:
            sample_rate = check_minimax_music_26_request_sample_rate(_sample_rate)

        webhook_url = d.pop("webhookUrl", UNSET)

        minimax_music_26_request = cls(
            bitrate=bitrate,
            format_=format_,
            is_instrumental=is_instrumental,
            lyrics=lyrics,
            lyrics_optimizer=lyrics_optimizer,
            prompt=prompt,
            sample_rate=sample_rate,
            webhook_url=webhook_url,
        )

        minimax_music_26_request.additional_properties = d
        return minimax_music_26_request

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
