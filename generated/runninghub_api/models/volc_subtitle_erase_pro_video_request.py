from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volc_subtitle_erase_pro_video_request_encode_mode import (
    VolcSubtitleEraseProVideoRequestEncodeMode,
    check_volc_subtitle_erase_pro_video_request_encode_mode,
)
from ..models.volc_subtitle_erase_pro_video_request_erase_type import (
    VolcSubtitleEraseProVideoRequestEraseType,
    check_volc_subtitle_erase_pro_video_request_erase_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VolcSubtitleEraseProVideoRequest")


@_attrs_define
class VolcSubtitleEraseProVideoRequest:
    """Request body of volc-subtitle-erase-pro/video.

    Attributes:
        video_url (str): input video URL
        client_token (str | Unset): clientToken
        encode_mode (VolcSubtitleEraseProVideoRequestEncodeMode | Unset): encodeMode Default: 'size'.
        erase_type (VolcSubtitleEraseProVideoRequestEraseType | Unset): eraseType Default: 'subtitle'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    video_url: str
    client_token: str | Unset = UNSET
    encode_mode: VolcSubtitleEraseProVideoRequestEncodeMode | Unset = "size"
    erase_type: VolcSubtitleEraseProVideoRequestEraseType | Unset = "subtitle"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        client_token = self.client_token

        encode_mode: str | Unset = UNSET
        if not isinstance(self.encode_mode, Unset):
            encode_mode = self.encode_mode

        erase_type: str | Unset = UNSET
        if not isinstance(self.erase_type, Unset):
            erase_type = self.erase_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "videoUrl": video_url,
            }
        )
        if client_token is not UNSET:
            field_dict["clientToken"] = client_token
        if encode_mode is not UNSET:
            field_dict["encodeMode"] = encode_mode
        if erase_type is not UNSET:
            field_dict["eraseType"] = erase_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_url = d.pop("videoUrl")

        client_token = d.pop("clientToken", UNSET)

        _encode_mode = d.pop("encodeMode", UNSET)
        encode_mode: VolcSubtitleEraseProVideoRequestEncodeMode | Unset
        if isinstance(_encode_mode, Unset):
            encode_mode = UNSET
        else:
            encode_mode = check_volc_subtitle_erase_pro_video_request_encode_mode(
                _encode_mode
            )

        _erase_type = d.pop("eraseType", UNSET)
        erase_type: VolcSubtitleEraseProVideoRequestEraseType | Unset
        if isinstance(_erase_type, Unset):
            erase_type = UNSET
        else:
            erase_type = check_volc_subtitle_erase_pro_video_request_erase_type(
                _erase_type
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        volc_subtitle_erase_pro_video_request = cls(
            video_url=video_url,
            client_token=client_token,
            encode_mode=encode_mode,
            erase_type=erase_type,
            webhook_url=webhook_url,
        )

        volc_subtitle_erase_pro_video_request.additional_properties = d
        return volc_subtitle_erase_pro_video_request

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
