from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimax_music_cover_request_bitrate import (
    MinimaxMusicCoverRequestBitrate,
    check_minimax_music_cover_request_bitrate,
)
from ..models.minimax_music_cover_request_format import (
    MinimaxMusicCoverRequestFormat,
    check_minimax_music_cover_request_format,
)
from ..models.minimax_music_cover_request_sample_rate import (
    MinimaxMusicCoverRequestSampleRate,
    check_minimax_music_cover_request_sample_rate,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxMusicCoverRequest")


@_attrs_define
class MinimaxMusicCoverRequest:
    """Request body of minimax/music-cover.

    Attributes:
        audio_url (str): input audio URL
        prompt (str): text prompt
        bitrate (MinimaxMusicCoverRequestBitrate | Unset): bitrate Default: '256000'.
        cover_feature_id (str | Unset): coverFeatureId
        format_ (MinimaxMusicCoverRequestFormat | Unset): format Default: 'mp3'.
        lyrics (str | Unset): song lyrics
        sample_rate (MinimaxMusicCoverRequestSampleRate | Unset): sampleRate Default: '44100'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    audio_url: str
    prompt: str
    bitrate: MinimaxMusicCoverRequestBitrate | Unset = "256000"
    cover_feature_id: str | Unset = UNSET
    format_: MinimaxMusicCoverRequestFormat | Unset = "mp3"
    lyrics: str | Unset = UNSET
    sample_rate: MinimaxMusicCoverRequestSampleRate | Unset = "44100"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        prompt = self.prompt

        bitrate: str | Unset = UNSET
        if not isinstance(self.bitrate, Unset):
            bitrate = self.bitrate

        cover_feature_id = self.cover_feature_id

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        lyrics = self.lyrics

        sample_rate: str | Unset = UNSET
        if not isinstance(self.sample_rate, Unset):
            sample_rate = self.sample_rate

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audioUrl": audio_url,
                "prompt": prompt,
            }
        )
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if cover_feature_id is not UNSET:
            field_dict["coverFeatureId"] = cover_feature_id
        if format_ is not UNSET:
            field_dict["format"] = format_
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if sample_rate is not UNSET:
            field_dict["sampleRate"] = sample_rate
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_url = d.pop("audioUrl")

        prompt = d.pop("prompt")

        _bitrate = d.pop("bitrate", UNSET)
        bitrate: MinimaxMusicCoverRequestBitrate | Unset
        if isinstance(_bitrate, Unset):
            bitrate = UNSET
        else:
            bitrate = check_minimax_music_cover_request_bitrate(_bitrate)

        cover_feature_id = d.pop("coverFeatureId", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: MinimaxMusicCoverRequestFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_minimax_music_cover_request_format(_format_)

        lyrics = d.pop("lyrics", UNSET)

        _sample_rate = d.pop("sampleRate", UNSET)
        sample_rate: MinimaxMusicCoverRequestSampleRate | Unset
        if isinstance(_sample_rate, Unset):
            sample_rate = UNSET
        else:
            sample_rate = check_minimax_music_cover_request_sample_rate(_sample_rate)

        webhook_url = d.pop("webhookUrl", UNSET)

        minimax_music_cover_request = cls(
            audio_url=audio_url,
            prompt=prompt,
            bitrate=bitrate,
            cover_feature_id=cover_feature_id,
            format_=format_,
            lyrics=lyrics,
            sample_rate=sample_rate,
            webhook_url=webhook_url,
        )

        minimax_music_cover_request.additional_properties = d
        return minimax_music_cover_request

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
