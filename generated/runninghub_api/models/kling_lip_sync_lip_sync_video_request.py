from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingLipSyncLipSyncVideoRequest")


@_attrs_define
class KlingLipSyncLipSyncVideoRequest:
    """Request body of kling-lip-sync/lip-sync-video.

    Attributes:
        face_id (str): faceId
        session_id (str): sessionId
        sound_end_time (int): soundEndTime
        sound_insert_time (int): soundInsertTime
        sound_start_time (int): soundStartTime
        audio_id (str | Unset): audioId
        audio_url (str | Unset): input audio URL
        original_audio_volume (float | Unset): originalAudioVolume Default: 1.0.
        sound_volume (float | Unset): soundVolume Default: 1.0.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    face_id: str
    session_id: str
    sound_end_time: int
    sound_insert_time: int
    sound_start_time: int
    audio_id: str | Unset = UNSET
    audio_url: str | Unset = UNSET
    original_audio_volume: float | Unset = 1.0
    sound_volume: float | Unset = 1.0
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_id = self.face_id

        session_id = self.session_id

        sound_end_time = self.sound_end_time

        sound_insert_time = self.sound_insert_time

        sound_start_time = self.sound_start_time

        audio_id = self.audio_id

        audio_url = self.audio_url

        original_audio_volume = self.original_audio_volume

        sound_volume = self.sound_volume

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faceId": face_id,
                "sessionId": session_id,
                "soundEndTime": sound_end_time,
                "soundInsertTime": sound_insert_time,
                "soundStartTime": sound_start_time,
            }
        )
        if audio_id is not UNSET:
            field_dict["audioId"] = audio_id
        if audio_url is not UNSET:
            field_dict["audioUrl"] = audio_url
        if original_audio_volume is not UNSET:
            field_dict["originalAudioVolume"] = original_audio_volume
        if sound_volume is not UNSET:
            field_dict["soundVolume"] = sound_volume
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        face_id = d.pop("faceId")

        session_id = d.pop("sessionId")

        sound_end_time = d.pop("soundEndTime")

        sound_insert_time = d.pop("soundInsertTime")

        sound_start_time = d.pop("soundStartTime")

        audio_id = d.pop("audioId", UNSET)

        audio_url = d.pop("audioUrl", UNSET)

        original_audio_volume = d.pop("originalAudioVolume", UNSET)

        sound_volume = d.pop("soundVolume", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_lip_sync_lip_sync_video_request = cls(
            face_id=face_id,
            session_id=session_id,
            sound_end_time=sound_end_time,
            sound_insert_time=sound_insert_time,
            sound_start_time=sound_start_time,
            audio_id=audio_id,
            audio_url=audio_url,
            original_audio_volume=original_audio_volume,
            sound_volume=sound_volume,
            webhook_url=webhook_url,
        )

        kling_lip_sync_lip_sync_video_request.additional_properties = d
        return kling_lip_sync_lip_sync_video_request

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
