from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_upload_data import MediaUploadData


T = TypeVar("T", bound="MediaUploadEnvelope")


@_attrs_define
class MediaUploadEnvelope:
    """`{code, msg, errorMessages, data}`; a bad key is code 401 with `message` and data null.

    Attributes:
        code (int | Unset): 0 on success; otherwise a RunningHub error or status code (see the README).
        data (MediaUploadData | None | Unset):
        error_messages (Any | Unset): Extra error details. Live replies carry this fourth envelope key (seen as null);
            the official examples never show it (captured replies, PLATFORM-EXTRAS section 1).
        message (None | str | Unset): The official example's spelling of `msg` on this route, also used for errors
            ("ApiKey verification failed: ..."); the live service answers `msg`. Read both.
        msg (None | str | Unset):
    """

    code: int | Unset = UNSET
    data: MediaUploadData | None | Unset = UNSET
    error_messages: Any | Unset = UNSET
    message: None | str | Unset = UNSET
    msg: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.media_upload_data import MediaUploadData

        code = self.code

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, MediaUploadData):
            data = self.data.to_dict()
        else:
            data = self.data

        error_messages = self.error_messages

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        msg: None | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data
        if error_messages is not UNSET:
            field_dict["errorMessages"] = error_messages
        if message is not UNSET:
            field_dict["message"] = message
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.media_upload_data import MediaUploadData

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        def _parse_data(data: object) -> MediaUploadData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = MediaUploadData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediaUploadData | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        error_messages = d.pop("errorMessages", UNSET)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msg = _parse_msg(d.pop("msg", UNSET))

        media_upload_envelope = cls(
            code=code,
            data=data,
            error_messages=error_messages,
            message=message,
            msg=msg,
        )

        media_upload_envelope.additional_properties = d
        return media_upload_envelope

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
